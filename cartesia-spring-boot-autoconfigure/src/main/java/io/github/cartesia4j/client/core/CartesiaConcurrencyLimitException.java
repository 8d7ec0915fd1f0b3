package io.github.cartesia4j.client.core;

/**
 * The client's own concurrency limit was reached: no request slot became free in time, so
 * the request was never sent.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public class CartesiaConcurrencyLimitException extends CartesiaException {

	public CartesiaConcurrencyLimitException(String message) {
		super(message);
	}

}
