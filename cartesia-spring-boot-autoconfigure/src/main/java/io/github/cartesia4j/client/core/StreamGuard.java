package io.github.cartesia4j.client.core;

import java.util.concurrent.atomic.AtomicBoolean;

import reactor.core.publisher.Flux;

/**
 * Makes an error that follows delivered data non-retryable, so that a retry never replays
 * audio the caller already has.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
final class StreamGuard {

	private StreamGuard() {
	}

	static <T> Flux<T> afterFirstElement(Flux<T> source, String operation) {
		return Flux.defer(() -> {
			AtomicBoolean delivered = new AtomicBoolean();
			return source.doOnNext((item) -> delivered.set(true))
				.onErrorMap((ex) -> delivered.get() && (!(ex instanceof CartesiaException cartesia)
						|| cartesia.isRetryable()),
						(ex) -> new CartesiaStreamInterruptedException(
								operation + " failed after data was delivered: " + ex.getMessage(), ex));
		});
	}

}
