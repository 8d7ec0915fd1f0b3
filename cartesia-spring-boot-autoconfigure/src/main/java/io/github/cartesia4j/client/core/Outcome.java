package io.github.cartesia4j.client.core;

import org.jspecify.annotations.Nullable;

/**
 * Low-cardinality outcome of a call, for metric tags.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public final class Outcome {

	/**
	 * The call completed.
	 */
	public static final String SUCCESS = "SUCCESS";

	/**
	 * The API rejected the request (4xx or an in-stream 4xx).
	 */
	public static final String CLIENT_ERROR = "CLIENT_ERROR";

	/**
	 * The API failed (5xx or an in-stream 5xx).
	 */
	public static final String SERVER_ERROR = "SERVER_ERROR";

	/**
	 * The caller cancelled.
	 */
	public static final String CANCELLED = "CANCELLED";

	/**
	 * No answer: connection failures, timeouts, broken streams.
	 */
	public static final String UNKNOWN = "UNKNOWN";

	private Outcome() {
	}

	/**
	 * Classify a failure.
	 * @param error the failure, or {@code null} for success
	 * @return the outcome
	 */
	public static String of(@Nullable Throwable error) {
		if (error == null) {
			return SUCCESS;
		}
		Integer status = (error instanceof CartesiaApiException api) ? Integer.valueOf(api.getStatusCode())
				: (error instanceof CartesiaStreamException stream) ? stream.getStatusCode() : null;
		if (status != null) {
			return (status >= 500) ? SERVER_ERROR : CLIENT_ERROR;
		}
		return (error instanceof IllegalArgumentException) ? CLIENT_ERROR : UNKNOWN;
	}

}
