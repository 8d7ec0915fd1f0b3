package io.github.cartesia4j.test.simulator;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Writes the server frames of the TTS WebSocket: {@code chunk}, {@code timestamps},
 * {@code phoneme_timestamps}, {@code flush_done}, {@code done} and {@code error}.
 *
 * @author cartesia4j
 */
final class TtsWebSocketFrames {

	private TtsWebSocketFrames() {
	}

	static String chunk(String contextId, byte[] audio, int length, double stepTime, @Nullable Integer flushId) {
		String data = Base64.getEncoder().encodeToString((length == audio.length) ? audio : copy(audio, length));
		StringBuilder frame = new StringBuilder(data.length() + 160).append("{\"type\":\"chunk\",\"context_id\":")
			.append(SimulatorJson.quote(contextId))
			.append(",\"data\":\"")
			.append(data)
			.append("\",\"done\":false,\"status_code\":206,\"step_time\":")
			.append(stepTime);
		return flushId(frame, flushId).append('}').toString();
	}

	static String words(String contextId, SyntheticSpeech speech, int from, int to, @Nullable Integer flushId) {
		StringBuilder frame = start("timestamps", contextId).append(",\"word_timestamps\":{\"words\":[");
		SseTimestamps.words(frame, speech, from, to);
		return flushId(frame.append('}'), flushId).append('}').toString();
	}

	static String phonemes(String contextId, SyntheticSpeech speech, int from, int to, @Nullable Integer flushId) {
		StringBuilder frame = start("phoneme_timestamps", contextId).append(",\"phoneme_timestamps\":{\"phonemes\":[");
		SseTimestamps.phonemes(frame, speech, from, to);
		return flushId(frame.append('}'), flushId).append('}').toString();
	}

	static String flushDone(String contextId, int flushId) {
		return start("flush_done", contextId).append(",\"flush_done\":true,\"flush_id\":").append(flushId).append('}')
			.toString();
	}

	static String done(String contextId) {
		return "{\"type\":\"done\",\"context_id\":" + SimulatorJson.quote(contextId)
				+ ",\"done\":true,\"status_code\":206}";
	}

	static String error(@Nullable String contextId, SimulatorException error) {
		Map<String, Object> frame = new LinkedHashMap<>();
		frame.put("type", "error");
		frame.put("context_id", contextId);
		frame.put("status_code", error.status());
		frame.put("title", error.title());
		frame.put("message", error.getMessage());
		frame.put("error_code", error.errorCode());
		frame.put("request_id", SimulatorIds.requestId());
		frame.put("done", true);
		return new String(SimulatorJson.write(frame), StandardCharsets.UTF_8);
	}

	private static StringBuilder start(String type, String contextId) {
		return new StringBuilder(256).append("{\"type\":\"")
			.append(type)
			.append("\",\"context_id\":")
			.append(SimulatorJson.quote(contextId))
			.append(",\"done\":false,\"status_code\":206");
	}

	private static StringBuilder flushId(StringBuilder frame, @Nullable Integer flushId) {
		return (flushId != null) ? frame.append(",\"flush_id\":").append(flushId) : frame;
	}

	private static byte[] copy(byte[] audio, int length) {
		byte[] copy = new byte[length];
		System.arraycopy(audio, 0, copy, 0, length);
		return copy;
	}

}
