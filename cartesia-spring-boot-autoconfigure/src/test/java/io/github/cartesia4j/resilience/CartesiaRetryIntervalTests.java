package io.github.cartesia4j.resilience;

import java.time.Duration;

import io.github.resilience4j.core.functions.Either;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

import io.github.cartesia4j.client.core.ApiError;
import io.github.cartesia4j.client.core.CartesiaConnectionException;
import io.github.cartesia4j.client.core.CartesiaRateLimitException;
import io.github.cartesia4j.client.core.CartesiaServerException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Wait between attempts computed by {@link CartesiaRetryInterval}.
 */
class CartesiaRetryIntervalTests {

	private static final ApiError ERROR = new ApiError(null, "Busy", "slow down", null, null);

	private final CartesiaRetryInterval interval = new CartesiaRetryInterval(Duration.ofMillis(500),
			Duration.ofSeconds(8), Duration.ofSeconds(60));

	@Test
	void retryAfterWithinTheCapIsUsedAsIs() {
		assertThat(this.interval.apply(1, Either.left(rateLimited(Duration.ofSeconds(7))))).isEqualTo(7000L);
	}

	@Test
	void retryAfterOfZeroMeansRetryAtOnce() {
		assertThat(this.interval.apply(3, Either.left(rateLimited(Duration.ZERO)))).isZero();
	}

	@RepeatedTest(20)
	void retryAfterBeyondTheCapFallsBackToTheBackoff() {
		assertThat(this.interval.apply(1, Either.left(rateLimited(Duration.ofMinutes(5))))).isBetween(375L, 500L);
	}

	@RepeatedTest(20)
	void backoffDoublesPerAttemptWithUpToAQuarterOfJitter() {
		Either<Throwable, Object> failure = Either.left(new CartesiaConnectionException("reset", null));
		assertThat(this.interval.apply(1, failure)).isBetween(375L, 500L);
		assertThat(this.interval.apply(2, failure)).isBetween(750L, 1000L);
		assertThat(this.interval.apply(3, failure)).isBetween(1500L, 2000L);
	}

	@RepeatedTest(20)
	void backoffIsCappedAtTheMaximum() {
		Either<Throwable, Object> failure = Either.left(new CartesiaServerException(500, ERROR, new HttpHeaders(),
				new byte[0], null));
		assertThat(this.interval.apply(12, failure)).isBetween(6000L, 8000L);
	}

	private static CartesiaRateLimitException rateLimited(Duration retryAfter) {
		return new CartesiaRateLimitException(429, ERROR, new HttpHeaders(), new byte[0], retryAfter);
	}

}
