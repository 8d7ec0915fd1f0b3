package io.github.cartesia4j.resilience;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.cartesia4j.client.core.ApiError;
import io.github.cartesia4j.client.core.CartesiaConnectionException;
import io.github.cartesia4j.client.core.CartesiaDecodingException;
import io.github.cartesia4j.client.core.CartesiaStreamException;
import io.github.cartesia4j.client.core.CartesiaStreamInterruptedException;
import io.github.cartesia4j.client.core.CartesiaTimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures {@link CartesiaFailurePredicate} counts against the circuit breaker.
 */
class CartesiaFailurePredicateTests {

	private static final ApiError ERROR = new ApiError(null, "t", "m", null, null);

	private final CartesiaFailurePredicate predicate = new CartesiaFailurePredicate();

	@ParameterizedTest
	@ValueSource(ints = { 500, 502, 503 })
	void serverErrorsAreFailures(int status) {
		assertThat(this.predicate.test(CartesiaRetryPredicateTests.api(status))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(ints = { 400, 401, 403, 404, 409, 422, 429 })
	void clientErrorsAreNotFailures(int status) {
		assertThat(this.predicate.test(CartesiaRetryPredicateTests.api(status))).isFalse();
	}

	@Test
	void connectionProblemsAreFailures() {
		assertThat(this.predicate.test(new CartesiaConnectionException("refused", null))).isTrue();
		assertThat(this.predicate.test(new CartesiaTimeoutException("slow", null))).isTrue();
		assertThat(this.predicate.test(new CartesiaStreamInterruptedException("cut", new IOException()))).isTrue();
	}

	@Test
	void streamErrorFramesCountOnlyWithAServerStatus() {
		assertThat(this.predicate.test(new CartesiaStreamException(500, ERROR, null, "{}"))).isTrue();
		assertThat(this.predicate.test(new CartesiaStreamException(400, ERROR, null, "{}"))).isFalse();
		assertThat(this.predicate.test(new CartesiaStreamException(null, ERROR, null, "{}"))).isFalse();
	}

	@Test
	void decodingErrorsAreNotFailures() {
		assertThat(this.predicate.test(new CartesiaDecodingException("bad json"))).isFalse();
	}

}
