package io.github.cartesia4j.client.core;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * The Cartesia API answered 401 Unauthorized: the API key or access token is missing, invalid or revoked.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public class CartesiaAuthenticationException extends CartesiaApiException {

	public CartesiaAuthenticationException(int statusCode, ApiError error, HttpHeaders headers, byte[] body,
			@Nullable Duration retryAfter) {
		super(statusCode, error, headers, body, retryAfter);
	}

}
