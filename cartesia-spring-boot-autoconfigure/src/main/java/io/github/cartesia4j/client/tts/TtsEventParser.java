package io.github.cartesia4j.client.tts;

import java.util.Base64;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import io.github.cartesia4j.client.core.ApiErrors;
import io.github.cartesia4j.client.core.CartesiaDecodingException;
import io.github.cartesia4j.client.core.CartesiaJson;

/**
 * Reads the JSON frames of TTS streams (SSE and WebSocket) into {@link TtsEvent}s. Dispatches
 * on the {@code type} field, falling back to the SSE event name; unknown types are skipped and
 * an {@code error} frame becomes a {@code CartesiaStreamException}.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
final class TtsEventParser {

	private TtsEventParser() {
	}

	static @Nullable TtsEvent parse(@Nullable String eventName, String data) {
		if ("[DONE]".equals(data.strip())) {
			return new TtsEvent.Done(null);
		}
		JsonNode frame;
		try {
			frame = CartesiaJson.tree(data);
		}
		catch (JacksonException ex) {
			throw new CartesiaDecodingException("Malformed TTS frame: " + ex.getOriginalMessage(), ex);
		}
		return parse(frame, eventName, data);
	}

	static @Nullable TtsEvent parse(JsonNode frame, @Nullable String eventName, String data) {
		String type = frame.hasNonNull("type") ? frame.get("type").asString() : eventName;
		if (type == null) {
			return null;
		}
		String contextId = text(frame, "context_id");
		Integer flushId = frame.hasNonNull("flush_id") ? frame.get("flush_id").asInt() : null;
		return switch (type) {
			case "chunk" -> new TtsEvent.Chunk(decodeAudio(frame), frame.hasNonNull("step_time")
					? frame.get("step_time").asDouble() : null, contextId, flushId);
			case "timestamps" -> frame.hasNonNull("word_timestamps") ? new TtsEvent.Words(
					CartesiaJson.convert(frame.get("word_timestamps"), WordTimestamps.class), contextId, flushId) : null;
			case "phoneme_timestamps" -> frame.hasNonNull("phoneme_timestamps") ? new TtsEvent.Phonemes(
					CartesiaJson.convert(frame.get("phoneme_timestamps"), PhonemeTimestamps.class), contextId,
					flushId) : null;
			case "flush_done" -> new TtsEvent.FlushDone(contextId, (flushId != null) ? flushId : 0);
			case "done" -> new TtsEvent.Done(contextId);
			case "error" -> throw ApiErrors.fromFrame(frame, data);
			default -> null;
		};
	}

	private static byte[] decodeAudio(JsonNode frame) {
		String data = text(frame, "data");
		if (data == null) {
			return new byte[0];
		}
		try {
			return Base64.getDecoder().decode(data);
		}
		catch (IllegalArgumentException ex) {
			throw new CartesiaDecodingException("Chunk audio is not valid base64", ex);
		}
	}

	private static @Nullable String text(JsonNode frame, String field) {
		JsonNode value = frame.get(field);
		return (value == null || value.isNull()) ? null : value.asString();
	}

}
