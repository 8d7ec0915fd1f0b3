package io.github.cartesia4j.client.core;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;

/**
 * Turns error responses and error frames into the typed exceptions, in one place for every
 * resource.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public final class ApiErrors {

	static final String REQUEST_ID_HEADER = "X-Request-Id";

	private ApiErrors() {
	}

	/**
	 * Build the exception for an HTTP error response.
	 * @param status the status code
	 * @param headers the response headers
	 * @param body the response body
	 * @param now the current time, for HTTP-date {@code Retry-After} values
	 * @return the typed exception
	 */
	public static CartesiaApiException fromResponse(int status, HttpHeaders headers, byte[] body, Instant now) {
		ApiError parsed = parse(new String(body, StandardCharsets.UTF_8));
		ApiError error = (parsed.requestId() != null) ? parsed : new ApiError(parsed.errorCode(), parsed.title(),
				parsed.message(), headers.getFirst(REQUEST_ID_HEADER), parsed.docUrl());
		Duration retryAfter = retryAfter(headers, now);
		return switch (status) {
			case 400 -> new CartesiaBadRequestException(status, error, headers, body, retryAfter);
			case 401 -> new CartesiaAuthenticationException(status, error, headers, body, retryAfter);
			case 403 -> new CartesiaPermissionDeniedException(status, error, headers, body, retryAfter);
			case 404 -> new CartesiaNotFoundException(status, error, headers, body, retryAfter);
			case 409 -> new CartesiaConflictException(status, error, headers, body, retryAfter);
			case 422 -> new CartesiaUnprocessableEntityException(status, error, headers, body, retryAfter);
			case 429 -> new CartesiaRateLimitException(status, error, headers, body, retryAfter);
			default -> (status >= 500) ? new CartesiaServerException(status, error, headers, body, retryAfter)
					: new CartesiaApiException(status, error, headers, body, retryAfter);
		};
	}

	/**
	 * Build the exception for an {@code error} frame of an SSE or WebSocket stream.
	 * @param frame the parsed frame
	 * @param raw the frame text
	 * @return the typed exception
	 */
	public static CartesiaStreamException fromFrame(JsonNode frame, String raw) {
		ApiError error = fromJson(frame);
		Integer status = frame.hasNonNull("status_code") ? frame.get("status_code").asInt() : null;
		return new CartesiaStreamException(status, error, text(frame, "context_id"), raw);
	}

	/**
	 * Parse an error body: the JSON object of current API versions, the older
	 * {@code {"error": "Title: message"}} shape, or plain text.
	 * @param body the body text
	 * @return the error fields
	 */
	public static ApiError parse(String body) {
		String trimmed = body.strip();
		if (trimmed.startsWith("{")) {
			try {
				return fromJson(CartesiaJson.tree(trimmed));
			}
			catch (JacksonException ex) {
				// not JSON after all: fall through to plain text
			}
		}
		return fromText(trimmed.isEmpty() ? null : trimmed, null, null);
	}

	private static ApiError fromJson(JsonNode node) {
		String message = text(node, "message");
		String title = text(node, "title");
		String errorCode = text(node, "error_code");
		String requestId = text(node, "request_id");
		String docUrl = text(node, "doc_url");
		if (message == null && title == null) {
			String legacy = (node.hasNonNull("error")) ? flatText(node.get("error")) : text(node, "detail");
			return fromText(legacy, errorCode, requestId);
		}
		return new ApiError(errorCode, title, message, requestId, docUrl);
	}

	private static ApiError fromText(@Nullable String text, @Nullable String errorCode, @Nullable String requestId) {
		if (text == null) {
			return new ApiError(errorCode, null, null, requestId, null);
		}
		int colon = text.indexOf(": ");
		if (colon > 0 && colon < 80 && text.indexOf('\n') < 0) {
			return new ApiError(errorCode, text.substring(0, colon), text.substring(colon + 2), requestId, null);
		}
		return new ApiError(errorCode, null, text, requestId, null);
	}

	private static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? null : flatText(value);
	}

	private static String flatText(JsonNode value) {
		return value.isValueNode() ? value.asString() : value.toString();
	}

	/**
	 * Read the delay the server asked for: {@code retry-after-ms} (milliseconds) first, then
	 * {@code Retry-After} in seconds or as an HTTP date.
	 * @param headers the response headers
	 * @param now the current time
	 * @return the delay, or {@code null} when absent or unparsable
	 */
	public static @Nullable Duration retryAfter(HttpHeaders headers, Instant now) {
		String millis = headers.getFirst("retry-after-ms");
		if (millis != null) {
			try {
				return nonNegative(Duration.ofNanos((long) (Double.parseDouble(millis.strip()) * 1_000_000)));
			}
			catch (NumberFormatException ex) {
				// ignore and try Retry-After
			}
		}
		String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
		if (value == null) {
			return null;
		}
		try {
			return nonNegative(Duration.ofMillis((long) (Double.parseDouble(value.strip()) * 1000)));
		}
		catch (NumberFormatException ex) {
			try {
				Instant at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
				return nonNegative(Duration.between(now, at));
			}
			catch (DateTimeParseException dateEx) {
				return null;
			}
		}
	}

	private static Duration nonNegative(Duration duration) {
		return duration.isNegative() ? Duration.ZERO : duration;
	}

}
