package io.github.cartesia4j.client.core;

/**
 * A stream failed after data had reached the caller (connection reset, stall, truncated
 * body). Never retried, so audio is never replayed; the caller decides what to do with the
 * part it already has.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public class CartesiaStreamInterruptedException extends CartesiaException {

	public CartesiaStreamInterruptedException(String message, Throwable cause) {
		super(message, cause);
	}

}
