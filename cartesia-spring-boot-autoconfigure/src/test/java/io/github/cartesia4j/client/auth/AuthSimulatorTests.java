package io.github.cartesia4j.client.auth;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.cartesia4j.client.CartesiaClient;
import io.github.cartesia4j.client.core.CartesiaAuthenticationException;
import io.github.cartesia4j.test.simulator.CartesiaSimulator;
import io.github.cartesia4j.test.simulator.RecordedRequest;
import io.github.cartesia4j.testing.TestClients;

import static org.assertj.core.api.Assertions.assertThat;

class AuthSimulatorTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	@Test
	void aMintedTokenCarriesTheGrantsAndDrivesASecondClient() {
		try (CartesiaSimulator sim = CartesiaSimulator.start()) {
			CartesiaClient cartesia = TestClients.client(sim.baseUrl());
			String token = cartesia.auth()
				.accessToken(TokenRequest.of(Duration.ofMinutes(10), Grant.TTS))
				.map(TokenResponse::token)
				.block(TIMEOUT);
			JsonNode claims = claims(token);
			assertThat(claims.get("grants").get("tts").asBoolean()).isTrue();
			assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(600);
			assertThat(claims.get("exp").asLong()).isGreaterThan(Instant.now().getEpochSecond());

			CartesiaClient restricted = CartesiaClient.builder().accessToken(token).baseUrl(sim.baseUrl()).build();
			StepVerifier.create(restricted.tts().bytesToArray(TestClients.request().build()))
				.assertNext((wav) -> assertThat(new String(wav, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF"))
				.expectComplete()
				.verify(TIMEOUT);
			RecordedRequest speech = sim.requests().get(sim.requests().size() - 1);
			assertThat(speech.path()).isEqualTo("/tts/bytes");
			assertThat(speech.header("Authorization")).isEqualTo("Bearer " + token);
			assertThat(speech.header("X-API-Key")).isNull();

			StepVerifier.create(restricted.auth().accessToken(TokenRequest.of(Grant.TTS)))
				.expectError(CartesiaAuthenticationException.class)
				.verify(TIMEOUT);
		}
	}

	@Test
	void aSimulatorThatAcceptsOneKeyAlsoAcceptsTheTokensItMintedButNoOthers() {
		try (CartesiaSimulator sim = CartesiaSimulator.builder().apiKey(TestClients.API_KEY).start()) {
			String token = TestClients.client(sim.baseUrl())
				.auth()
				.accessToken(TokenRequest.of(Duration.ofMinutes(5), Grant.TTS))
				.map(TokenResponse::token)
				.block(TIMEOUT);
			CartesiaClient withToken = CartesiaClient.builder().accessToken(token).baseUrl(sim.baseUrl()).build();
			StepVerifier.create(withToken.tts().bytesToArray(TestClients.request().build()))
				.assertNext((wav) -> assertThat(wav).isNotEmpty())
				.expectComplete()
				.verify(TIMEOUT);
			String forged = token.substring(0, token.lastIndexOf('.') + 1) + "forged";
			CartesiaClient withForgery = CartesiaClient.builder().accessToken(forged).baseUrl(sim.baseUrl()).build();
			StepVerifier.create(withForgery.tts().bytesToArray(TestClients.request().build()))
				.expectError(CartesiaAuthenticationException.class)
				.verify(TIMEOUT);
		}
	}

	@Test
	void theLongestLifetimeAndSeveralGrantsAreAccepted() {
		try (CartesiaSimulator sim = CartesiaSimulator.start()) {
			TokenResponse minted = TestClients.client(sim.baseUrl())
				.auth()
				.accessToken(TokenRequest.of(Duration.ofHours(1), Grant.STT, Grant.AGENT))
				.block(TIMEOUT);
			JsonNode claims = claims(minted.token());
			assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(3600);
			assertThat(claims.get("grants").properties()).extracting(Map.Entry::getKey)
				.containsExactlyInAnyOrder("stt", "agent");
			RecordedRequest request = sim.requests().get(0);
			assertThat(request.path()).isEqualTo("/access-token");
			assertThat(request.header("Authorization")).isEqualTo("Bearer " + TestClients.API_KEY);
		}
	}

	private static JsonNode claims(String token) {
		byte[] payload = Base64.getUrlDecoder().decode(token.split("\\.")[1]);
		return MAPPER.readTree(new String(payload, StandardCharsets.UTF_8));
	}

}
