package io.github.cartesia4j.resilience;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.functions.Either;

import org.springframework.util.Assert;

import io.github.cartesia4j.client.core.CartesiaApiException;

/**
 * Wait before a retry: the server's {@code retry-after-ms} or {@code Retry-After} when it sent
 * one (up to a cap), otherwise exponential backoff with up to 25% jitter.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public final class CartesiaRetryInterval implements IntervalBiFunction<Object> {

	private final Duration initial;

	private final Duration max;

	private final Duration maxRetryAfter;

	/**
	 * Create an interval function.
	 * @param initial wait before the first retry
	 * @param max longest computed wait
	 * @param maxRetryAfter longest server-requested wait that is honoured; longer requests
	 * fall back to the computed backoff
	 */
	public CartesiaRetryInterval(Duration initial, Duration max, Duration maxRetryAfter) {
		Assert.isTrue(!initial.isNegative() && !max.isNegative() && !maxRetryAfter.isNegative(),
				"Retry intervals must not be negative");
		this.initial = initial;
		this.max = max;
		this.maxRetryAfter = maxRetryAfter;
	}

	@Override
	public Long apply(Integer attempt, Either<Throwable, Object> outcome) {
		if (outcome != null && outcome.isLeft() && outcome.getLeft() instanceof CartesiaApiException api) {
			Duration requested = api.getRetryAfter().orElse(null);
			if (requested != null && requested.compareTo(this.maxRetryAfter) <= 0) {
				return requested.toMillis();
			}
		}
		return backoff(attempt);
	}

	long backoff(int attempt) {
		double exponential = this.initial.toMillis() * Math.pow(2, Math.max(0, attempt - 1));
		double capped = Math.min(exponential, this.max.toMillis());
		return (long) (capped * (1 - ThreadLocalRandom.current().nextDouble(0.25)));
	}

}
