package io.github.cartesia4j.client.core;

import org.jspecify.annotations.Nullable;

/**
 * How an open WebSocket ended: a close frame from either side, or a broken connection.
 *
 * @param code the close code, {@value #ABNORMAL} when the connection broke without a close
 * frame
 * @param reason the close reason, or {@code null}
 * @param error what broke the connection, or {@code null} after a close frame
 * @author cartesia4j
 * @since 0.1.0
 */
public record WebSocketClosure(int code, @Nullable String reason, @Nullable Throwable error) {

	/**
	 * Close code of a normal closure.
	 */
	public static final int NORMAL = 1000;

	/**
	 * Close code reported when the connection ended without a close frame (never sent on the
	 * wire).
	 */
	public static final int ABNORMAL = 1006;

	/**
	 * Whether the socket ended with a normal close frame.
	 * @return {@code true} for code {@value #NORMAL} without an error
	 */
	public boolean isNormal() {
		return this.error == null && this.code == NORMAL;
	}

	/**
	 * Describe the closure for error messages.
	 * @return for example {@code closed with code 1011 (overloaded)}
	 */
	public String describe() {
		if (this.error != null) {
			String message = this.error.getMessage();
			return "broke (" + ((message != null) ? message : this.error.getClass().getSimpleName()) + ")";
		}
		return "closed with code " + this.code + ((this.reason != null && !this.reason.isEmpty())
				? " (" + this.reason + ")" : "");
	}

}
