package io.github.cartesia4j.client.core;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * The Cartesia API answered 429 Too Many Requests, for example {@code concurrency_limited}.
 * {@link #getRetryAfter()} tells how long the server asked to wait.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public class CartesiaRateLimitException extends CartesiaApiException {

	public CartesiaRateLimitException(int statusCode, ApiError error, HttpHeaders headers, byte[] body,
			@Nullable Duration retryAfter) {
		super(statusCode, error, headers, body, retryAfter);
	}

}
