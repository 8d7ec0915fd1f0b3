package io.github.cartesia4j.test.simulator;

import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class SimulatorErrorsTests {

	private static final String BODY = TtsBodies.raw(24000).toString();

	private final CartesiaSimulator simulator = CartesiaSimulator.builder().apiKey("the-key").start();

	private final SimulatorTestClient client = new SimulatorTestClient(this.simulator);

	@AfterEach
	void close() {
		this.simulator.close();
	}

	@Test
	void missingKeyIsUnauthorized() {
		StepVerifier.create(this.client.exchange(HttpMethod.POST, "/tts/bytes", BODY,
				(headers) -> headers.set("Cartesia-Version", "2025-11-04")))
			.assertNext((response) -> assertError(response, 401, "invalid_api_key", "Unauthorized"))
			.expectComplete()
			.verify(SimulatorTestClient.TIMEOUT);
	}

	@Test
	void wrongKeyIsUnauthorized() {
		StepVerifier.create(this.client.exchange(HttpMethod.POST, "/tts/bytes", BODY,
				(headers) -> headers.set("Authorization", "Bearer wrong").set("Cartesia-Version", "2025-11-04")))
			.assertNext((response) -> {
				assertError(response, 401, "invalid_api_key", "Unauthorized");
				assertThat(response.json().get("message").asString()).isEqualTo("Invalid API key");
			})
			.expectComplete()
			.verify(SimulatorTestClient.TIMEOUT);
	}

	@Test
	void configuredKeyIsAcceptedAsBearerOrApiKeyHeader() {
		StepVerifier.create(this.client.exchange(HttpMethod.POST, "/tts/bytes", BODY,
				(headers) -> headers.set("authorization", "bearer the-key").set("cartesia-version", "2025-11-04")))
			.assertNext((response) -> assertThat(response.status()).isEqualTo(200))
			.expectComplete()
			.verify(SimulatorTestClient.TIMEOUT);
		StepVerifier.create(this.client.exchange(HttpMethod.POST, "/tts/bytes", BODY,
				(headers) -> headers.set("X-API-Key", "the-key").set("Cartesia-Version", "2024-11-13")))
			.assertNext((response) -> assertThat(response.status()).isEqualTo(200))
			.expectComplete()
			.verify(SimulatorTestClient.TIMEOUT);
	}

	@Test
	void anyNonBlankKeyIsAcceptedWhenNoneIsConfigured() {
		try (CartesiaSimulator open = CartesiaSimulator.start()) {
			StepVerifier.create(new SimulatorTestClient(open).exchange(HttpMethod.POST, "/tts/bytes", BODY,
					(headers) -> headers.set("X-API-Key", "anything").set("Cartesia-Version", "2025-11-04")))
				.assertNext((response) -> assertThat(response.status()).isEqualTo(200))
				.expectComplete()
				.verify(SimulatorTestClient.TIMEOUT);
			StepVerifier.create(new SimulatorTestClient(open).exchange(HttpMethod.POST, "/tts/bytes", BODY,
					(headers) -> headers.set("Authorization", "Bearer  ").set("Cartesia-Version", "2025-11-04")))
				.assertNext((response) -> assertThat(response.status()).isEqualTo(401))
				.expectComplete()
				.verify(SimulatorTestClient.TIMEOUT);
		}
	}

	@Test
	void missingVersionIsBadRequest() {
		StepVerifier.create(this.client.exchange(HttpMethod.POST, "/tts/bytes", BODY,
				(headers) -> headers.set("Authorization", "Bearer the-key")))
			.assertNext((response) -> {
				assertError(response, 400, "invalid_request", "Invalid request");
				assertThat(response.json().get("message").asString()).contains("Cartesia-Version");
			})
			.expectComplete()
			.verify(SimulatorTestClient.TIMEOUT);
	}

	@Test
	void unknownPathIsNotFound() {
		StepVerifier.create(this.client.exchange(HttpMethod.GET, "/nope?x=1", null, this::authenticated))
			.assertNext((response) -> {
				assertError(response, 404, "not_found", "Not found");
				assertThat(response.json().get("message").asString()).isEqualTo("No route for GET /nope");
			})
			.expectComplete()
			.verify(SimulatorTestClient.TIMEOUT);
	}

	@Test
	void knownPathWithOtherMethodIsMethodNotAllowed() {
		StepVerifier.create(this.client.exchange(HttpMethod.GET, "/tts/bytes", null, this::authenticated))
			.assertNext((response) -> assertError(response, 405, "method_not_allowed", "Method not allowed"))
			.expectComplete()
			.verify(SimulatorTestClient.TIMEOUT);
	}

	private void authenticated(HttpHeaders headers) {
		headers.set("Authorization", "Bearer the-key").set("Cartesia-Version", "2025-11-04");
	}

	static void assertError(SimulatorResponse response, int status, String errorCode, String title) {
		assertThat(response.status()).isEqualTo(status);
		assertThat(response.header("Content-Type")).isEqualTo("application/json");
		JsonNode error = response.json();
		assertThat(error.get("error_code").asString()).isEqualTo(errorCode);
		assertThat(error.get("title").asString()).isEqualTo(title);
		assertThat(error.get("message").asString()).isNotBlank();
		assertThat(error.get("request_id").asString()).isEqualTo(response.header("X-Request-Id")).hasSize(36);
		assertThat(error.has("doc_url")).isTrue();
		assertThat(error.get("doc_url").isNull()).isTrue();
	}

}
