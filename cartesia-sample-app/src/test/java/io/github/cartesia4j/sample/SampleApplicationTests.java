package io.github.cartesia4j.sample;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "cartesia.api-key=")
class SampleApplicationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	@LocalServerPort
	private int port;

	private WebClient http() {
		return WebClient.builder()
			.baseUrl("http://127.0.0.1:" + this.port)
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
			.build();
	}

	@Test
	void speechStreamsValidWaveFromTheSimulatorAndIsMeasured() {
		ResponseEntity<byte[]> response = http().post()
			.uri("/api/speech")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("text", "Hello from the embedded simulator"))
			.retrieve()
			.toEntity(byte[].class)
			.block(TIMEOUT);
		assertThat(response.getStatusCode().value()).isEqualTo(200);
		assertThat(response.getHeaders().getContentType()).hasToString("audio/wav");
		byte[] wav = response.getBody();
		ByteBuffer header = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
		assertThat(new String(wav, 0, 4)).isEqualTo("RIFF");
		assertThat(new String(wav, 8, 4)).isEqualTo("WAVE");
		assertThat(header.getShort(22)).as("channels").isEqualTo((short) 1);
		assertThat(header.getInt(24)).as("sample rate").isEqualTo(44100);
		assertThat(new String(wav, 36, 4)).isEqualTo("data");
		int dataSize = header.getInt(40);
		assertThat(dataSize).isGreaterThan(44100);
		assertThat(wav).hasSize(44 + dataSize);

		JsonNode metric = http().get()
			.uri("/actuator/metrics/cartesia.tts.time-to-first-audio")
			.retrieve()
			.bodyToMono(JsonNode.class)
			.block(TIMEOUT);
		assertThat(metric.get("measurements").get(0).get("statistic").asString()).isEqualTo("COUNT");
		assertThat(metric.get("measurements").get(0).get("value").asDouble()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void healthReportsCartesiaUp() {
		JsonNode health = http().get().uri("/actuator/health").retrieve().bodyToMono(JsonNode.class).block(TIMEOUT);
		assertThat(health.get("components").get("cartesia").get("status").asString()).isEqualTo("UP");
		assertThat(health.get("components").get("cartesia").get("details").get("version").asString()).isNotBlank();
	}

	@Test
	void blankTextIsRejectedBeforeCallingCartesia() {
		ResponseEntity<String> response = http().post()
			.uri("/api/speech")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("text", " "))
			.exchangeToMono((exchange) -> exchange.toEntity(String.class))
			.block(TIMEOUT);
		assertThat(response.getStatusCode().value()).isEqualTo(400);
		assertThat(response.getBody()).contains("transcript");
	}

}
