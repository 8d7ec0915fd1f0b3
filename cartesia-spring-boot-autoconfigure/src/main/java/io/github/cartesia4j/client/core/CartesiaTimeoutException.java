package io.github.cartesia4j.client.core;

import org.jspecify.annotations.Nullable;

/**
 * The response, or its first data, did not arrive within the configured timeout. Safe to
 * retry.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public class CartesiaTimeoutException extends CartesiaConnectionException {

	public CartesiaTimeoutException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
