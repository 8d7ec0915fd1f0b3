package io.github.cartesia4j.observation;

import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

import io.github.cartesia4j.client.core.CallStatus;
import io.github.cartesia4j.client.core.CartesiaCall;

/**
 * Context of a {@code cartesia.client.requests} observation: the call, and once it ended the
 * last HTTP status and whether it was cancelled.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public class CartesiaClientObservationContext extends Observation.Context {

	private final CartesiaCall call;

	private final CallStatus status = new CallStatus();

	private volatile boolean cancelled;

	public CartesiaClientObservationContext(CartesiaCall call) {
		this.call = call;
	}

	/**
	 * Return the call being observed.
	 * @return the call
	 */
	public CartesiaCall getCall() {
		return this.call;
	}

	/**
	 * Return the HTTP status of the last response, if one arrived.
	 * @return the status or {@code null}
	 */
	public @Nullable Integer getStatus() {
		return this.status.get();
	}

	/**
	 * Whether the caller cancelled the call.
	 * @return {@code true} if cancelled
	 */
	public boolean isCancelled() {
		return this.cancelled;
	}

	void markCancelled() {
		this.cancelled = true;
	}

	CallStatus statusHolder() {
		return this.status;
	}

}
