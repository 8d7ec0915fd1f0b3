package io.github.cartesia4j.sample;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.cartesia4j.client.CartesiaClient;
import io.github.cartesia4j.client.tts.TtsRequest;
import io.github.cartesia4j.test.context.AutoConfigureCartesiaSimulator;
import io.github.cartesia4j.test.simulator.CartesiaSimulator;
import io.github.cartesia4j.test.simulator.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureCartesiaSimulator(apiKey = TokenControllerTests.KEY)
class TokenControllerTests {

	static final String KEY = "sk_car_server_side_only";

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	@Autowired
	private CartesiaSimulator simulator;

	@LocalServerPort
	private int port;

	@Test
	void theBrowserGetsAShortLivedTokenThatWorksWithoutEverSeeingTheKey() {
		String body = WebClient.create("http://127.0.0.1:" + this.port)
			.post()
			.uri("/api/token")
			.retrieve()
			.bodyToMono(String.class)
			.block(TIMEOUT);
		assertThat(body).doesNotContain(KEY);
		JsonNode json = JsonMapper.builder().build().readTree(body);
		assertThat(json.get("expiresIn").asLong()).isEqualTo(300);
		String token = json.get("token").asString();
		RecordedRequest minting = this.simulator.requests().get(this.simulator.requests().size() - 1);
		assertThat(minting.path()).isEqualTo("/access-token");
		assertThat(minting.bodyAsString()).contains("\"tts\":true").contains("\"expires_in\":300");

		CartesiaClient browserSide = CartesiaClient.builder().accessToken(token).baseUrl(this.simulator.baseUrl()).build();
		byte[] audio = browserSide.tts()
			.bytesToArray(TtsRequest.builder().transcript("Hello from the browser").voiceId("v").build())
			.block(TIMEOUT);
		assertThat(audio).isNotEmpty();
		RecordedRequest speech = this.simulator.requests().get(this.simulator.requests().size() - 1);
		assertThat(speech.header("Authorization")).isEqualTo("Bearer " + token).doesNotContain(KEY);
	}

}
