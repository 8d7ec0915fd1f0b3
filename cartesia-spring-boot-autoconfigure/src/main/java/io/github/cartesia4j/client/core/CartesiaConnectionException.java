package io.github.cartesia4j.client.core;

import org.jspecify.annotations.Nullable;

/**
 * No response arrived: the connection could not be opened, or it failed before any data
 * reached the caller. Safe to retry.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public class CartesiaConnectionException extends CartesiaException {

	public CartesiaConnectionException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

	@Override
	public boolean isRetryable() {
		return true;
	}

}
