package io.github.cartesia4j.client.core;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * The Cartesia API answered 409 Conflict.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public class CartesiaConflictException extends CartesiaApiException {

	public CartesiaConflictException(int statusCode, ApiError error, HttpHeaders headers, byte[] body,
			@Nullable Duration retryAfter) {
		super(statusCode, error, headers, body, retryAfter);
	}

}
