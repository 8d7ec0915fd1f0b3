package io.github.cartesia4j.client.core;

import org.jspecify.annotations.Nullable;

/**
 * The API reported an error inside a stream (an SSE or WebSocket {@code error} frame) after
 * it had answered 200 or 101. Never retried: audio may already have reached the caller.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public class CartesiaStreamException extends CartesiaException {

	private final @Nullable Integer statusCode;

	private final ApiError error;

	private final @Nullable String contextId;

	private final String frame;

	public CartesiaStreamException(@Nullable Integer statusCode, ApiError error, @Nullable String contextId,
			String frame) {
		super(error.describe("Stream error" + ((statusCode != null) ? " " + statusCode : "")));
		this.statusCode = statusCode;
		this.error = error;
		this.contextId = contextId;
		this.frame = frame;
	}

	/**
	 * Return the HTTP-like {@code status_code} carried by the error frame.
	 * @return the status code or {@code null}
	 */
	public @Nullable Integer getStatusCode() {
		return this.statusCode;
	}

	/**
	 * Return the machine-readable {@code error_code}.
	 * @return the error code or {@code null}
	 */
	public @Nullable String getErrorCode() {
		return this.error.errorCode();
	}

	/**
	 * Return the error title.
	 * @return the title or {@code null}
	 */
	public @Nullable String getTitle() {
		return this.error.title();
	}

	/**
	 * Return the error message sent by the API.
	 * @return the API message or {@code null}
	 */
	public @Nullable String getApiMessage() {
		return this.error.message();
	}

	/**
	 * Return the request id carried by the frame.
	 * @return the request id or {@code null}
	 */
	public @Nullable String getRequestId() {
		return this.error.requestId();
	}

	/**
	 * Return the context the error belongs to, for multiplexed WebSocket streams.
	 * @return the context id or {@code null}
	 */
	public @Nullable String getContextId() {
		return this.contextId;
	}

	/**
	 * Return the raw error frame.
	 * @return the frame payload
	 */
	public String getFrame() {
		return this.frame;
	}

}
