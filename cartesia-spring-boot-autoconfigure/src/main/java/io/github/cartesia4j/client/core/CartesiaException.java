package io.github.cartesia4j.client.core;

import org.jspecify.annotations.Nullable;

import org.springframework.core.NestedRuntimeException;

/**
 * Root of every exception thrown by the Cartesia clients.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public class CartesiaException extends NestedRuntimeException {

	public CartesiaException(String message) {
		super(message);
	}

	public CartesiaException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

	/**
	 * Whether repeating the same request could succeed. Retries consult this flag.
	 * @return {@code true} if the failure is transient
	 */
	public boolean isRetryable() {
		return false;
	}

}
