package io.github.cartesia4j.health;

import java.net.ServerSocket;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.boot.health.contributor.Status;

import io.github.cartesia4j.client.CartesiaClient;
import io.github.cartesia4j.test.simulator.CartesiaSimulator;

import static org.assertj.core.api.Assertions.assertThat;

class CartesiaHealthIndicatorTests {

	private static final String KEY = "sk_car_health_secret";

	private final CartesiaSimulator simulator = CartesiaSimulator.start();

	@AfterEach
	void stopSimulator() {
		this.simulator.close();
	}

	@Test
	void whenApiAnswersThenUpWithVersion() {
		CartesiaHealthIndicator indicator = indicator(this.simulator.baseUrl());
		StepVerifier.create(indicator.health(true)).assertNext((health) -> {
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("version", CartesiaSimulator.API_VERSION);
		}).expectComplete().verify(Duration.ofSeconds(10));
	}

	@Test
	void whenApiIsUnreachableThenDownWithErrorButNeverTheKey() throws Exception {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		CartesiaHealthIndicator indicator = indicator("http://127.0.0.1:" + closedPort);
		StepVerifier.create(indicator.health(true)).assertNext((health) -> {
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsKey("error");
			assertThat(health.toString()).doesNotContain(KEY);
		}).expectComplete().verify(Duration.ofSeconds(10));
	}

	private CartesiaHealthIndicator indicator(String baseUrl) {
		CartesiaClient client = CartesiaClient.builder().apiKey(KEY).baseUrl(baseUrl).build();
		return new CartesiaHealthIndicator(client.apiStatus(), Duration.ofSeconds(2));
	}

}
