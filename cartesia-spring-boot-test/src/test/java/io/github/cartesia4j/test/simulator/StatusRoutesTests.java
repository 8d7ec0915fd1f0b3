package io.github.cartesia4j.test.simulator;

import io.netty.handler.codec.http.HttpMethod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

class StatusRoutesTests {

	private final CartesiaSimulator simulator = CartesiaSimulator.start();

	private final SimulatorTestClient client = new SimulatorTestClient(this.simulator);

	@AfterEach
	void close() {
		this.simulator.close();
	}

	@Test
	void apiStatusNeedsNeitherKeyNorVersion() {
		StepVerifier.create(this.client.exchange(HttpMethod.GET, "/", null, (headers) -> {
		})).assertNext((response) -> {
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.header("Content-Type")).isEqualTo("application/json");
			assertThat(response.header("X-Request-Id")).isNotBlank();
			assertThat(response.bodyAsString()).isEqualTo("{\"ok\":true,\"version\":\"2025-11-04\"}");
		}).expectComplete().verify(SimulatorTestClient.TIMEOUT);
	}

	@Test
	void apiStatusAcceptsCredentials() {
		StepVerifier.create(this.client.get("/"))
			.assertNext((response) -> assertThat(response.json().get("ok").asBoolean()).isTrue())
			.expectComplete()
			.verify(SimulatorTestClient.TIMEOUT);
	}

}
