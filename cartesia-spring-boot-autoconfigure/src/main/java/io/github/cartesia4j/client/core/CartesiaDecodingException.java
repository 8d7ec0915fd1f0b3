package io.github.cartesia4j.client.core;

/**
 * A successful response could not be read: malformed JSON, a truncated SSE frame, or a
 * stream that ended without its final frame.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public class CartesiaDecodingException extends CartesiaException {

	public CartesiaDecodingException(String message, Throwable cause) {
		super(message, cause);
	}

	public CartesiaDecodingException(String message) {
		super(message);
	}

}
