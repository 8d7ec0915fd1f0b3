package io.github.cartesia4j.client.core;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import io.github.cartesia4j.client.CartesiaClient;
import io.github.cartesia4j.test.simulator.CartesiaSimulator;
import io.github.cartesia4j.testing.TestClients;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of the first-byte and chunk timeouts of streamed responses on real time, against the
 * simulator pacing its chunks.
 *
 * @author cartesia4j
 */
class StreamTimeoutTests {

	private static final Duration VERIFY = Duration.ofSeconds(5);

	@Test
	void whenTheServerPausesLongerThanTheChunkTimeoutThenTheStreamFailsAfterItsAudio() {
		try (CartesiaSimulator simulator = CartesiaSimulator.builder()
			.recordRequests(false)
			.chunkDelay(Duration.ofSeconds(3))
			.start()) {
			CartesiaClient client = TestClients.builder(simulator.baseUrl())
				.chunkTimeout(Duration.ofMillis(300))
				.build();
			StepVerifier.create(client.tts().bytes(TestClients.request().build()))
				.expectNextCount(1)
				.thenConsumeWhile((chunk) -> true)
				.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(CartesiaStreamInterruptedException.class)
					.hasCauseInstanceOf(CartesiaTimeoutException.class))
				.verify(VERIFY);
		}
	}

	@Test
	void whenEveryPauseIsShorterThanTheChunkTimeoutThenALongerStreamCompletes() {
		try (CartesiaSimulator simulator = CartesiaSimulator.builder()
			.recordRequests(false)
			.chunkDuration(Duration.ofMillis(200))
			.chunkDelay(Duration.ofMillis(100))
			.start()) {
			CartesiaClient client = TestClients.builder(simulator.baseUrl())
				.chunkTimeout(Duration.ofMillis(300))
				.build();
			StepVerifier.create(client.tts().bytesToArray(TestClients.request().build()))
				.assertNext((audio) -> assertThat(audio.length).isGreaterThan(44100))
				.expectComplete()
				.verify(VERIFY);
		}
	}

	@Test
	void whenTheCallerStopsRequestingThenItsPauseIsNotATimeout() {
		try (CartesiaSimulator simulator = CartesiaSimulator.builder().recordRequests(false).start()) {
			CartesiaClient client = TestClients.builder(simulator.baseUrl())
				.firstByteTimeout(Duration.ofMillis(300))
				.chunkTimeout(Duration.ofMillis(300))
				.build();
			StepVerifier.create(client.tts().bytes(TestClients.request().build()), 1)
				.expectNextCount(1)
				.expectNoEvent(Duration.ofMillis(900))
				.thenRequest(Long.MAX_VALUE)
				.thenConsumeWhile((chunk) -> true)
				.expectComplete()
				.verify(VERIFY);
		}
	}

}
