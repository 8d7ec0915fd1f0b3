package io.github.cartesia4j.client.core;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link StreamGuard} marks failures after delivered data as not retryable.
 */
class StreamGuardTests {

	@Test
	void retryableErrorBeforeAnyElementIsUnchanged() {
		CartesiaConnectionException failure = new CartesiaConnectionException("refused", null);
		assertThat(StreamGuard.guard(failure, false, "tts.bytes")).isSameAs(failure);
	}

	@Test
	void retryableErrorAfterAnElementBecomesStreamInterrupted() {
		CartesiaConnectionException failure = new CartesiaConnectionException("reset", null);
		Throwable guarded = StreamGuard.guard(failure, true, "tts.bytes");
		assertThat(guarded).isInstanceOf(CartesiaStreamInterruptedException.class)
			.hasCause(failure)
			.hasMessageContaining("tts.bytes");
		assertThat(((CartesiaException) guarded).isRetryable()).isFalse();
	}

	@Test
	void foreignErrorAfterAnElementBecomesStreamInterrupted() {
		assertThat(StreamGuard.guard(new IOException("x"), true, "op"))
			.isInstanceOf(CartesiaStreamInterruptedException.class);
	}

	@Test
	void nonRetryableCartesiaErrorAfterAnElementIsUnchanged() {
		CartesiaDecodingException failure = new CartesiaDecodingException("no done event");
		assertThat(StreamGuard.guard(failure, true, "tts.sse")).isSameAs(failure);
	}

	@Test
	void aTimedStreamGuardsOnlyErrorsThatFollowAnElementOfTheSameSubscription() {
		CartesiaConnectionException failure = new CartesiaConnectionException("reset", null);
		Flux<String> guarded = IdleTimeout.apply(Flux.just("a").concatWith(Flux.error(failure)),
				Duration.ofSeconds(30), Duration.ofSeconds(30), StreamTimer.shared(),
				(error, delivered) -> StreamGuard.guard(error, delivered, "op"));
		StepVerifier.create(guarded.take(1)).expectNext("a").expectComplete().verify(Duration.ofSeconds(5));
		StepVerifier.create(guarded.skip(1))
			.expectError(CartesiaStreamInterruptedException.class)
			.verify(Duration.ofSeconds(5));
		StepVerifier.create(IdleTimeout.apply(Flux.<String>error(failure), Duration.ofSeconds(30),
				Duration.ofSeconds(30), StreamTimer.shared(), (error, delivered) -> StreamGuard.guard(error, delivered,
						"op")))
			.expectErrorSatisfies((ex) -> assertThat(ex).isSameAs(failure))
			.verify(Duration.ofSeconds(5));
	}

}
