package io.github.cartesia4j.client.voicechanger;

import java.util.Base64;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import io.github.cartesia4j.client.core.ApiErrors;
import io.github.cartesia4j.client.core.CartesiaDecodingException;
import io.github.cartesia4j.client.core.CartesiaJson;

/**
 * Reads the JSON frames of {@code /voice-changer/sse} into {@link VoiceChangerEvent}s. Current
 * API versions send success frames without a {@code type}: {@code done: false} is a chunk and
 * {@code done: true} the end. A {@code type} (older versions), or else the SSE event name,
 * wins when present; an {@code error} frame becomes a {@code CartesiaStreamException} and
 * unknown frames are skipped.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
final class VoiceChangerEventParser {

	private static final Set<String> EVENT_NAMES = Set.of("chunk", "done", "error");

	private VoiceChangerEventParser() {
	}

	static @Nullable VoiceChangerEvent parse(@Nullable String eventName, String data) {
		if ("[DONE]".equals(data.strip())) {
			return new VoiceChangerEvent.Done(null);
		}
		JsonNode frame;
		try {
			frame = CartesiaJson.tree(data);
		}
		catch (JacksonException ex) {
			throw new CartesiaDecodingException("Malformed voice changer frame: " + ex.getOriginalMessage(), ex);
		}
		if (frame == null || !frame.isObject()) {
			throw new CartesiaDecodingException("Voice changer frame is not a JSON object: " + data);
		}
		String type = type(frame, eventName);
		if (type == null) {
			return null;
		}
		return switch (type) {
			case "chunk" -> new VoiceChangerEvent.Chunk(decodeAudio(frame), integer(frame, "sample_rate"),
					frame.hasNonNull("step_time") ? frame.get("step_time").asDouble() : null);
			case "done" -> new VoiceChangerEvent.Done(integer(frame, "status_code"));
			case "error" -> throw ApiErrors.fromFrame(frame, data);
			default -> null;
		};
	}

	private static @Nullable String type(JsonNode frame, @Nullable String eventName) {
		if (frame.hasNonNull("type")) {
			return frame.get("type").asString();
		}
		if (eventName != null && EVENT_NAMES.contains(eventName)) {
			return eventName;
		}
		Integer status = integer(frame, "status_code");
		if (status != null && status >= 400) {
			return "error";
		}
		JsonNode done = frame.get("done");
		if (done != null && done.isBoolean()) {
			return done.booleanValue() ? "done" : "chunk";
		}
		return frame.hasNonNull("data") ? "chunk" : null;
	}

	private static byte[] decodeAudio(JsonNode frame) {
		JsonNode data = frame.get("data");
		if (data == null || data.isNull()) {
			return new byte[0];
		}
		try {
			return Base64.getDecoder().decode(data.asString());
		}
		catch (IllegalArgumentException ex) {
			throw new CartesiaDecodingException("Chunk audio is not valid base64", ex);
		}
	}

	private static @Nullable Integer integer(JsonNode frame, String field) {
		JsonNode value = frame.get(field);
		return (value != null && value.isNumber()) ? value.asInt() : null;
	}

}
