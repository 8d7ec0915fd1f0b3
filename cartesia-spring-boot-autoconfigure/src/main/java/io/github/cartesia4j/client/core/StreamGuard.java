package io.github.cartesia4j.client.core;

/**
 * Makes an error that follows delivered data non-retryable, so that a retry never replays
 * audio the caller already has.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
final class StreamGuard {

	private StreamGuard() {
	}

	/**
	 * Return the error a stream should end with.
	 * @param error the error
	 * @param delivered whether the stream delivered an element before it
	 * @param operation the operation, for the message
	 * @return the error itself, or a {@link CartesiaStreamInterruptedException} wrapping it if
	 * data was delivered and the error would otherwise be retried
	 */
	static Throwable guard(Throwable error, boolean delivered, String operation) {
		if (delivered && (!(error instanceof CartesiaException cartesia) || cartesia.isRetryable())) {
			return new CartesiaStreamInterruptedException(
					operation + " failed after data was delivered: " + error.getMessage(), error);
		}
		return error;
	}

}
