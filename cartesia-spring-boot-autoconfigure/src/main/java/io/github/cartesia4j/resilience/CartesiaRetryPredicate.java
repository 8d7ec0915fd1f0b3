package io.github.cartesia4j.resilience;

import java.util.function.Predicate;

import io.github.cartesia4j.client.core.CartesiaException;

/**
 * Decides what a Cartesia retry may repeat: connection failures, timeouts and the statuses
 * 408, 409, 429 and 5xx, before any data reached the caller. Never the caller's own 4xx
 * mistakes, in-stream errors or interrupted streams. Name this class in
 * {@code resilience4j.retry.instances.cartesia-*.retry-exception-predicate} when you configure
 * the instances yourself.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public final class CartesiaRetryPredicate implements Predicate<Throwable> {

	@Override
	public boolean test(Throwable ex) {
		return ex instanceof CartesiaException cartesia && cartesia.isRetryable();
	}

}
