package io.github.cartesia4j.client.core;

import org.jspecify.annotations.Nullable;

/**
 * The fields of a Cartesia error body or error frame: {@code error_code}, {@code title},
 * {@code message}, {@code request_id} and {@code doc_url}. Older API versions send plain text
 * ({@code Title: message}), which is split into title and message.
 *
 * @param errorCode machine-readable code such as {@code concurrency_limited}
 * @param title short title
 * @param message human-readable message
 * @param requestId request id, for support
 * @param docUrl documentation link
 * @author cartesia4j
 * @since 0.1.0
 */
public record ApiError(@Nullable String errorCode, @Nullable String title, @Nullable String message,
		@Nullable String requestId, @Nullable String docUrl) {

	String describe(String prefix) {
		StringBuilder text = new StringBuilder(prefix);
		if (this.errorCode != null) {
			text.append(" [").append(this.errorCode).append(']');
		}
		if (this.title != null) {
			text.append(": ").append(this.title);
		}
		if (this.message != null && !this.message.equals(this.title)) {
			text.append((this.title != null) ? " - " : ": ").append(this.message);
		}
		if (this.requestId != null) {
			text.append(" (request_id=").append(this.requestId).append(')');
		}
		return text.toString();
	}

}
