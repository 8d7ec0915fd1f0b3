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
		StepVerifier.create(StreamGuard.afterFirstElement(Flux.error(failure), "tts.bytes"))
			.expectErrorSatisfies((ex) -> assertThat(ex).isSameAs(failure))
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void retryableErrorAfterAnElementBecomesStreamInterrupted() {
		CartesiaConnectionException failure = new CartesiaConnectionException("reset", null);
		StepVerifier.create(StreamGuard.afterFirstElement(Flux.just("a").concatWith(Flux.error(failure)), "tts.bytes"))
			.expectNext("a")
			.expectErrorSatisfies((ex) -> {
				assertThat(ex).isInstanceOf(CartesiaStreamInterruptedException.class)
					.hasCause(failure)
					.hasMessageContaining("tts.bytes");
				assertThat(((CartesiaException) ex).isRetryable()).isFalse();
			})
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void foreignErrorAfterAnElementBecomesStreamInterrupted() {
		StepVerifier
			.create(StreamGuard.afterFirstElement(Flux.just("a").concatWith(Flux.error(new IOException("x"))), "op"))
			.expectNext("a")
			.expectError(CartesiaStreamInterruptedException.class)
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void nonRetryableCartesiaErrorAfterAnElementIsUnchanged() {
		CartesiaDecodingException failure = new CartesiaDecodingException("no done event");
		StepVerifier.create(StreamGuard.afterFirstElement(Flux.just("a").concatWith(Flux.error(failure)), "tts.sse"))
			.expectNext("a")
			.expectErrorSatisfies((ex) -> assertThat(ex).isSameAs(failure))
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void eachSubscriptionStartsUnguarded() {
		CartesiaConnectionException failure = new CartesiaConnectionException("reset", null);
		Flux<String> guarded = StreamGuard.afterFirstElement(Flux.just("a").concatWith(Flux.error(failure)), "op");
		StepVerifier.create(guarded.take(1)).expectNext("a").expectComplete().verify(Duration.ofSeconds(5));
		StepVerifier.create(guarded.skip(1))
			.expectError(CartesiaStreamInterruptedException.class)
			.verify(Duration.ofSeconds(5));
	}

}
