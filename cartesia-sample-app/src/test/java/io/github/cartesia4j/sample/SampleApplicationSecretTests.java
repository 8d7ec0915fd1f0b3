package io.github.cartesia4j.sample;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "cartesia.api-key=" + SampleApplicationSecretTests.KEY, "cartesia.base-url=http://127.0.0.1:9",
				"cartesia.resilience.max-attempts=1", "management.endpoint.env.show-values=always",
				"management.endpoint.configprops.show-values=always", "spring.http.codecs.log-request-details=true",
				"logging.level.io.github.cartesia4j=TRACE",
				"logging.level.org.springframework.web.reactive.function.client=TRACE",
				"logging.level.org.springframework.http=TRACE", "logging.level.reactor.netty=DEBUG" })
class SampleApplicationSecretTests {

	static final String KEY = "sk_car_DISTINCTIVE_s3cr3t_9f8e7d";

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	@LocalServerPort
	private int port;

	@Test
	void apiKeyNeverAppearsInLogsHealthEnvConfigpropsOrErrors(CapturedOutput output) {
		WebClient http = WebClient.builder().baseUrl("http://127.0.0.1:" + this.port).build();
		ResponseEntity<String> speech = http.post()
			.uri("/api/speech")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("text", "Hello"))
			.exchangeToMono((response) -> response.toEntity(String.class))
			.block(TIMEOUT);
		assertThat(speech.getStatusCode().value()).isEqualTo(502);
		assertThat(speech.getBody()).doesNotContain(KEY);
		String health = get(http, "/actuator/health");
		assertThat(health).contains("\"cartesia\"").contains("DOWN").doesNotContain(KEY);
		String env = get(http, "/actuator/env");
		assertThat(env).contains("cartesia.api-key").contains("127.0.0.1:9").doesNotContain(KEY);
		String configprops = get(http, "/actuator/configprops");
		assertThat(configprops).contains("apiKey").doesNotContain(KEY);
		assertThat(output.getAll()).contains("127.0.0.1:9").doesNotContain(KEY);
	}

	private String get(WebClient http, String path) {
		return http.get()
			.uri(path)
			.exchangeToMono((response) -> response.bodyToMono(String.class))
			.block(TIMEOUT);
	}

}
