package io.github.cartesia4j.test.simulator;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A validated generation message of the TTS WebSocket. Like the API, every message must carry
 * the model, voice and raw output format; the transcript may be empty (flush and end-of-input
 * messages).
 *
 * @param transcript the transcript piece, possibly empty
 * @param continues whether more input follows ({@code continue})
 * @param flush whether to flush what was sent so far
 * @param format the raw output format
 * @param speed the speed factor
 * @param volume the volume factor
 * @param addTimestamps whether word timestamps are sent
 * @param addPhonemeTimestamps whether phoneme timestamps are sent
 * @param maxBufferDelayMs how long text may wait before it is synthesized
 * @author cartesia4j
 */
record TtsWebSocketRequest(String transcript, boolean continues, boolean flush, AudioFormat format, double speed,
		double volume, boolean addTimestamps, boolean addPhonemeTimestamps, int maxBufferDelayMs) {

	static final int DEFAULT_MAX_BUFFER_DELAY_MS = 3000;

	private static final String FIRST_VERSION_WITHOUT_EMBEDDINGS = "2026-08-14";

	/**
	 * Validate a generation message.
	 * @param body the message
	 * @param apiVersion the version of the connection
	 * @return the request
	 * @throws SimulatorException (400) naming the offending field
	 */
	static TtsWebSocketRequest parse(JsonNode body, @Nullable String apiVersion) {
		requiredText(body, "model_id");
		JsonNode transcript = body.get("transcript");
		if (transcript == null || transcript.isNull()) {
			throw SimulatorErrors.badRequest("transcript is required");
		}
		if (!transcript.isString()) {
			throw SimulatorErrors.badRequest("transcript must be a string");
		}
		TtsVoiceValidator.validate(body.get("voice"), apiVersion == null
				|| apiVersion.trim().compareTo(FIRST_VERSION_WITHOUT_EMBEDDINGS) < 0);
		AudioFormat format = AudioFormat.parse(body.get("output_format"), true);
		JsonNode config = body.get("generation_config");
		if (config != null && !config.isNull() && !config.isObject()) {
			throw SimulatorErrors.badRequest("generation_config must be an object");
		}
		boolean hasConfig = config != null && config.isObject();
		double speed = hasConfig ? range(config, "speed", 0.6, 1.5) : 1.0;
		double volume = hasConfig ? range(config, "volume", 0.5, 2.0) : 1.0;
		if (hasConfig) {
			TtsRequestParser.optionalString(config, "emotion", "generation_config.emotion");
		}
		TtsRequestParser.optionalString(body, "language", "language");
		TtsRequestParser.optionalString(body, "locale", "locale");
		TtsRequestParser.optionalString(body, "pronunciation_dict_id", "pronunciation_dict_id");
		flag(body, "use_normalized_timestamps");
		return new TtsWebSocketRequest(transcript.stringValue(), flag(body, "continue"), flag(body, "flush"), format,
				speed, volume, flag(body, "add_timestamps"), flag(body, "add_phoneme_timestamps"),
				maxBufferDelay(body));
	}

	/**
	 * Read a boolean field; absent means {@code false}.
	 * @param body the message
	 * @param field the field
	 * @return the value
	 */
	static boolean flag(JsonNode body, String field) {
		JsonNode node = body.get(field);
		if (node == null || node.isNull()) {
			return false;
		}
		if (!node.isBoolean()) {
			throw SimulatorErrors.badRequest(field + " must be a boolean");
		}
		return node.booleanValue();
	}

	private static void requiredText(JsonNode body, String field) {
		JsonNode node = body.get(field);
		if (node == null || node.isNull()) {
			throw SimulatorErrors.badRequest(field + " is required");
		}
		if (!node.isString() || node.stringValue().isBlank()) {
			throw SimulatorErrors.badRequest(field + " must be a non-empty string");
		}
	}

	private static double range(JsonNode config, String field, double min, double max) {
		JsonNode node = config.get(field);
		if (node == null || node.isNull()) {
			return 1.0;
		}
		if (!node.isNumber() || node.asDouble() < min || node.asDouble() > max) {
			throw SimulatorErrors
				.badRequest("generation_config." + field + " must be a number between " + min + " and " + max);
		}
		return node.asDouble();
	}

	private static int maxBufferDelay(JsonNode body) {
		JsonNode node = body.get("max_buffer_delay_ms");
		if (node == null || node.isNull()) {
			return DEFAULT_MAX_BUFFER_DELAY_MS;
		}
		if (!node.isIntegralNumber() || node.asInt() < 0 || node.asInt() > 5000) {
			throw SimulatorErrors.badRequest("max_buffer_delay_ms must be an integer between 0 and 5000");
		}
		return node.asInt();
	}

}
