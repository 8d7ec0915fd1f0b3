package io.github.cartesia4j.resilience;

import java.util.function.Predicate;

import io.github.cartesia4j.client.core.CartesiaConnectionException;
import io.github.cartesia4j.client.core.CartesiaServerException;
import io.github.cartesia4j.client.core.CartesiaStreamException;
import io.github.cartesia4j.client.core.CartesiaStreamInterruptedException;

/**
 * Decides what a Cartesia circuit breaker counts as a failure: server errors, timeouts,
 * connection failures and broken streams. The caller's 4xx mistakes and rate limiting are not
 * failures of the API.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public final class CartesiaFailurePredicate implements Predicate<Throwable> {

	@Override
	public boolean test(Throwable ex) {
		if (ex instanceof CartesiaStreamException stream) {
			return stream.getStatusCode() != null && stream.getStatusCode() >= 500;
		}
		return ex instanceof CartesiaServerException || ex instanceof CartesiaConnectionException
				|| ex instanceof CartesiaStreamInterruptedException;
	}

}
