package io.github.cartesia4j.test.simulator;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Validates TTS request bodies ({@code /tts/bytes}, {@code /tts/sse}) the way the API
 * does, answering 400 with a message naming the offending field. Unknown fields are
 * ignored.
 *
 * @author cartesia4j
 */
final class TtsRequestParser {

	private static final String FIRST_VERSION_WITHOUT_EMBEDDINGS = "2026-08-14";

	private TtsRequestParser() {
	}

	static TtsRequestSpec parse(JsonNode body, @Nullable String apiVersion, boolean sse) {
		String modelId = requiredString(body, "model_id");
		String transcript = requiredString(body, "transcript");
		TtsVoiceValidator.validate(body.get("voice"), embeddingsAllowed(apiVersion));
		AudioFormat format = AudioFormat.parse(body.get("output_format"), sse);
		JsonNode generationConfig = optionalObject(body, "generation_config");
		double speed = speed(body, generationConfig);
		double volume = (generationConfig != null) ? range(generationConfig, "volume", 0.5, 2.0, 1.0) : 1.0;
		if (generationConfig != null) {
			optionalString(generationConfig, "emotion", "generation_config.emotion");
		}
		optionalString(body, "language");
		optionalString(body, "pronunciation_dict_id");
		JsonNode duration = body.get("duration");
		if (duration != null && !duration.isNull() && !(duration.isNumber() && duration.asDouble() > 0)) {
			throw SimulatorErrors.badRequest("duration must be a positive number");
		}
		boolean save = flag(body, "save");
		boolean timestamps = sse && flag(body, "add_timestamps");
		boolean phonemeTimestamps = sse && flag(body, "add_phoneme_timestamps");
		if (sse) {
			flag(body, "use_normalized_timestamps");
		}
		String contextId = sse ? optionalString(body, "context_id") : null;
		return new TtsRequestSpec(modelId, transcript, format, speed, volume, save, timestamps, phonemeTimestamps,
				contextId);
	}

	private static boolean embeddingsAllowed(@Nullable String apiVersion) {
		return apiVersion == null || apiVersion.trim().compareTo(FIRST_VERSION_WITHOUT_EMBEDDINGS) < 0;
	}

	private static double speed(JsonNode body, @Nullable JsonNode generationConfig) {
		if (generationConfig != null && generationConfig.hasNonNull("speed")) {
			return range(generationConfig, "speed", 0.6, 1.5, 1.0);
		}
		String speed = optionalString(body, "speed");
		if (speed == null) {
			return 1.0;
		}
		return switch (speed) {
			case "slow" -> 0.8;
			case "normal" -> 1.0;
			case "fast" -> 1.25;
			default -> throw SimulatorErrors.badRequest("speed must be one of slow, normal, fast");
		};
	}

	private static String requiredString(JsonNode body, String field) {
		JsonNode node = body.get(field);
		if (node == null || node.isNull()) {
			throw SimulatorErrors.badRequest(field + " is required");
		}
		if (!node.isString()) {
			throw SimulatorErrors.badRequest(field + " must be a string");
		}
		if (node.stringValue().isBlank()) {
			throw SimulatorErrors.badRequest(field + " must not be empty");
		}
		return node.stringValue();
	}

	private static @Nullable String optionalString(JsonNode body, String field) {
		return optionalString(body, field, field);
	}

	static @Nullable String optionalString(JsonNode parent, String field, String label) {
		JsonNode node = parent.get(field);
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isString()) {
			throw SimulatorErrors.badRequest(label + " must be a string");
		}
		return node.stringValue();
	}

	private static @Nullable JsonNode optionalObject(JsonNode body, String field) {
		JsonNode node = body.get(field);
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isObject()) {
			throw SimulatorErrors.badRequest(field + " must be an object");
		}
		return node;
	}

	private static double range(JsonNode parent, String field, double min, double max, double defaultValue) {
		JsonNode node = parent.get(field);
		if (node == null || node.isNull()) {
			return defaultValue;
		}
		if (!node.isNumber() || node.asDouble() < min || node.asDouble() > max) {
			throw SimulatorErrors
				.badRequest("generation_config." + field + " must be a number between " + min + " and " + max);
		}
		return node.asDouble();
	}

	private static boolean flag(JsonNode body, String field) {
		JsonNode node = body.get(field);
		if (node == null || node.isNull()) {
			return false;
		}
		if (!node.isBoolean()) {
			throw SimulatorErrors.badRequest(field + " must be a boolean");
		}
		return node.booleanValue();
	}

}
