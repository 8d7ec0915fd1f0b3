package io.github.cartesia4j.resilience;

import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpHeaders;

import io.github.cartesia4j.client.core.ApiError;
import io.github.cartesia4j.client.core.ApiErrors;
import io.github.cartesia4j.client.core.CartesiaConnectionException;
import io.github.cartesia4j.client.core.CartesiaDecodingException;
import io.github.cartesia4j.client.core.CartesiaStreamException;
import io.github.cartesia4j.client.core.CartesiaStreamInterruptedException;
import io.github.cartesia4j.client.core.CartesiaTimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures {@link CartesiaRetryPredicate} retries.
 */
class CartesiaRetryPredicateTests {

	private final CartesiaRetryPredicate predicate = new CartesiaRetryPredicate();

	@ParameterizedTest
	@ValueSource(ints = { 408, 409, 429, 500, 502, 503, 504 })
	void transientStatusesAreRetried(int status) {
		assertThat(this.predicate.test(api(status))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(ints = { 400, 401, 403, 404, 422 })
	void clientErrorsAreNotRetried(int status) {
		assertThat(this.predicate.test(api(status))).isFalse();
	}

	@Test
	void connectionFailuresAndTimeoutsAreRetried() {
		assertThat(this.predicate.test(new CartesiaConnectionException("refused", null))).isTrue();
		assertThat(this.predicate.test(new CartesiaTimeoutException("slow", null))).isTrue();
	}

	@Test
	void interruptedStreamsDecodingErrorsAndStreamErrorsAreNotRetried() {
		assertThat(this.predicate.test(new CartesiaStreamInterruptedException("cut", new IOException()))).isFalse();
		assertThat(this.predicate.test(new CartesiaDecodingException("bad json"))).isFalse();
		assertThat(this.predicate.test(new CartesiaStreamException(500, new ApiError(null, null, null, null, null),
				null, "{}"))).isFalse();
	}

	@Test
	void foreignExceptionsAreNotRetried() {
		assertThat(this.predicate.test(new TimeoutException())).isFalse();
		assertThat(this.predicate.test(new IllegalArgumentException())).isFalse();
	}

	static Throwable api(int status) {
		return ApiErrors.fromResponse(status, new HttpHeaders(), new byte[0], Instant.now());
	}

}
