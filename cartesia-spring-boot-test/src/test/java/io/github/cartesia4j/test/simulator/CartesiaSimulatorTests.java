package io.github.cartesia4j.test.simulator;

import java.time.Duration;

import io.netty.handler.codec.http.HttpMethod;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CartesiaSimulatorTests {

	@Test
	void startsOnAFreeLoopbackPort() {
		try (CartesiaSimulator simulator = CartesiaSimulator.start()) {
			assertThat(simulator.port()).isPositive();
			assertThat(simulator.baseUrl()).isEqualTo("http://127.0.0.1:" + simulator.port());
		}
	}

	@Test
	void recordsEveryRequestInOrder() {
		try (CartesiaSimulator simulator = CartesiaSimulator.start()) {
			SimulatorTestClient client = new SimulatorTestClient(simulator);
			String body = TtsBodies.raw(8000).toString();
			StepVerifier.create(client.get("/").then(client.post("/tts/bytes?trace=1&b=2", body)))
				.expectNextCount(1)
				.expectComplete()
				.verify(SimulatorTestClient.TIMEOUT);
			assertThat(simulator.requests()).hasSize(2);
			RecordedRequest status = simulator.requests().get(0);
			assertThat(status.method()).isEqualTo("GET");
			assertThat(status.path()).isEqualTo("/");
			assertThat(status.query()).isNull();
			assertThat(status.body()).isEmpty();
			RecordedRequest tts = simulator.requests().get(1);
			assertThat(tts.method()).isEqualTo("POST");
			assertThat(tts.path()).isEqualTo("/tts/bytes");
			assertThat(tts.query()).isEqualTo("trace=1&b=2");
			assertThat(tts.header("cartesia-version")).isEqualTo(SimulatorTestClient.VERSION);
			assertThat(tts.header("AUTHORIZATION")).isEqualTo("Bearer " + SimulatorTestClient.API_KEY);
			assertThat(tts.header("X-Missing")).isNull();
			assertThat(tts.bodyAsString()).isEqualTo(body);
			simulator.clearRequests();
			assertThat(simulator.requests()).isEmpty();
		}
	}

	@Test
	void recordsRejectedRequestsToo() {
		try (CartesiaSimulator simulator = CartesiaSimulator.start()) {
			StepVerifier.create(new SimulatorTestClient(simulator).exchange(HttpMethod.POST, "/tts/sse", "{}",
					(headers) -> {
					}))
				.assertNext((response) -> assertThat(response.status()).isEqualTo(401))
				.expectComplete()
				.verify(SimulatorTestClient.TIMEOUT);
			assertThat(simulator.requests()).singleElement()
				.satisfies((request) -> assertThat(request.path()).isEqualTo("/tts/sse"));
		}
	}

	@Test
	void recordingCanBeTurnedOff() {
		try (CartesiaSimulator simulator = CartesiaSimulator.builder().recordRequests(false).start()) {
			StepVerifier.create(new SimulatorTestClient(simulator).get("/"))
				.expectNextCount(1)
				.expectComplete()
				.verify(SimulatorTestClient.TIMEOUT);
			assertThat(simulator.requests()).isEmpty();
		}
	}

	@Test
	void closeStopsTheServerAndIsIdempotent() {
		CartesiaSimulator simulator = CartesiaSimulator.start();
		SimulatorTestClient client = new SimulatorTestClient(simulator);
		simulator.close();
		simulator.close();
		assertThat(simulator.isClosed()).isTrue();
		StepVerifier.create(client.get("/")).expectError().verify(SimulatorTestClient.TIMEOUT);
	}

	@Test
	void builderRejectsInvalidSettings() {
		assertThatIllegalArgumentException().isThrownBy(() -> CartesiaSimulator.builder().chunkDuration(Duration.ZERO));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CartesiaSimulator.builder().chunkDelay(Duration.ofMillis(-1)));
		assertThatIllegalArgumentException().isThrownBy(() -> CartesiaSimulator.builder().port(70000));
	}

}
