package io.github.cartesia4j.client.core;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * The Cartesia API answered with an HTTP error status. Subclasses name the common statuses.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public class CartesiaApiException extends CartesiaException {

	private final int statusCode;

	private final ApiError error;

	private final HttpHeaders headers;

	private final byte[] body;

	private final @Nullable Duration retryAfter;

	public CartesiaApiException(int statusCode, ApiError error, HttpHeaders headers, byte[] body,
			@Nullable Duration retryAfter) {
		super(error.describe("HTTP " + statusCode));
		this.statusCode = statusCode;
		this.error = error;
		this.headers = HttpHeaders.readOnlyHttpHeaders(headers);
		this.body = body.clone();
		this.retryAfter = retryAfter;
	}

	/**
	 * Return the HTTP status code of the response.
	 * @return the status code
	 */
	public int getStatusCode() {
		return this.statusCode;
	}

	/**
	 * Return the machine-readable {@code error_code}, if the body carried one.
	 * @return the error code or {@code null}
	 */
	public @Nullable String getErrorCode() {
		return this.error.errorCode();
	}

	/**
	 * Return the short error title.
	 * @return the title or {@code null}
	 */
	public @Nullable String getTitle() {
		return this.error.title();
	}

	/**
	 * Return the human-readable error message sent by the API.
	 * @return the API message or {@code null}
	 */
	public @Nullable String getApiMessage() {
		return this.error.message();
	}

	/**
	 * Return the request id from the body or the {@code X-Request-Id} header.
	 * @return the request id or {@code null}
	 */
	public @Nullable String getRequestId() {
		return this.error.requestId();
	}

	/**
	 * Return the documentation link sent with the error.
	 * @return the documentation URL or {@code null}
	 */
	public @Nullable String getDocUrl() {
		return this.error.docUrl();
	}

	/**
	 * Return the response headers.
	 * @return the read-only headers
	 */
	public HttpHeaders getResponseHeaders() {
		return this.headers;
	}

	/**
	 * Return the raw response body.
	 * @return a copy of the body bytes
	 */
	public byte[] getResponseBody() {
		return this.body.clone();
	}

	/**
	 * Return the raw response body decoded as UTF-8.
	 * @return the body text
	 */
	public String getResponseBodyAsString() {
		return new String(this.body, StandardCharsets.UTF_8);
	}

	/**
	 * Return how long the server asked the client to wait before retrying, from the
	 * {@code retry-after-ms} or {@code Retry-After} header.
	 * @return the requested delay, if any
	 */
	public Optional<Duration> getRetryAfter() {
		return Optional.ofNullable(this.retryAfter);
	}

	@Override
	public boolean isRetryable() {
		return this.statusCode == 408 || this.statusCode == 409 || this.statusCode == 429 || this.statusCode >= 500;
	}

}
