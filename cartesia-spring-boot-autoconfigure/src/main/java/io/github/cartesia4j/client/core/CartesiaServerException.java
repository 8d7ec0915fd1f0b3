package io.github.cartesia4j.client.core;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * The Cartesia API answered 5xx: the API failed to handle a valid request.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public class CartesiaServerException extends CartesiaApiException {

	public CartesiaServerException(int statusCode, ApiError error, HttpHeaders headers, byte[] body,
			@Nullable Duration retryAfter) {
		super(statusCode, error, headers, body, retryAfter);
	}

}
