package io.github.cartesia4j.faults;

import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import io.github.cartesia4j.client.core.CartesiaAuthenticationException;
import io.github.cartesia4j.client.core.Outcome;
import io.github.cartesia4j.test.simulator.CartesiaSimulator;
import io.github.cartesia4j.testing.TestClients;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A key the API no longer accepts fails at once: one request per call, no retry, nothing
 * counted against the circuit breaker, and a key that is never echoed.
 */
class RevokedKeyTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private final CartesiaSimulator simulator = CartesiaSimulator.builder().apiKey(FaultServer.VALID_KEY).start();

	private final FaultClient revoked = FaultClient.create(this.simulator.baseUrl());

	@AfterEach
	void close() {
		this.simulator.close();
	}

	@Test
	void everyCallFailsWithOneRequestAndNoRetry() {
		StepVerifier.create(this.revoked.client().tts().bytes(TestClients.request().build()))
			.expectErrorSatisfies((ex) -> assertThat(ex)
				.isInstanceOfSatisfying(CartesiaAuthenticationException.class, (auth) -> {
					assertThat(auth.getStatusCode()).isEqualTo(401);
					assertThat(auth.getApiMessage()).isEqualTo("Invalid API key");
					assertThat(auth.getRequestId()).isNotBlank();
					assertThat(auth.isRetryable()).isFalse();
				})
				.hasMessageNotContaining(TestClients.API_KEY))
			.verify(TIMEOUT);
		StepVerifier.create(this.revoked.client().tts().sse(TestClients.request().build()))
			.expectError(CartesiaAuthenticationException.class)
			.verify(TIMEOUT);
		StepVerifier.create(this.revoked.client().voices().list())
			.expectError(CartesiaAuthenticationException.class)
			.verify(TIMEOUT);
		assertThat(this.simulator.requests()).extracting((request) -> request.method() + " " + request.path())
			.containsExactly("POST /tts/bytes", "POST /tts/sse", "GET /voices");
		assertThat(this.revoked.decorator().retry("tts").getMetrics().getNumberOfFailedCallsWithoutRetryAttempt())
			.isEqualTo(2);
		assertThat(this.revoked.decorator().retry("tts").getMetrics().getNumberOfTotalCalls()).isEqualTo(2);
		CircuitBreaker breaker = this.revoked.breaker("tts");
		assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
		assertThat(this.revoked.ttsOutcomes()).containsOnly(Outcome.CLIENT_ERROR).hasSize(2);
	}

	@Test
	void theValidKeyIsServedByTheSameSimulator() {
		FaultClient valid = FaultClient.create(
				TestClients.builder(this.simulator.baseUrl()).apiKey(FaultServer.VALID_KEY),
				FaultClient.defaultBreaker().build());
		StepVerifier.create(valid.client().tts().bytesToArray(TestClients.request().build()))
			.assertNext((audio) -> assertThat(audio).isNotEmpty())
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(this.simulator.requests()).hasSize(1);
		assertThat(valid.ttsOutcomes()).containsExactly(Outcome.SUCCESS);
	}

}
