package io.github.cartesia4j.test.simulator;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Validates the {@code voice} of a TTS request: a plain voice id, {@code {"id": ...}},
 * {@code {"mode": "id", "id": ...}} or {@code {"mode": "embedding", "embedding": [...]}}.
 *
 * @author cartesia4j
 */
final class TtsVoiceValidator {

	private TtsVoiceValidator() {
	}

	static void validate(@Nullable JsonNode voice, boolean embeddingsAllowed) {
		if (voice == null || voice.isNull()) {
			throw SimulatorErrors.badRequest("voice is required");
		}
		if (voice.isString()) {
			if (voice.stringValue().isBlank()) {
				throw SimulatorErrors.badRequest("voice must not be empty");
			}
			return;
		}
		if (!voice.isObject()) {
			throw SimulatorErrors.badRequest("voice must be a voice id or an object");
		}
		String mode = TtsRequestParser.optionalString(voice, "mode", "voice.mode");
		if (mode == null || mode.equals("id")) {
			JsonNode id = voice.get("id");
			if (id == null || !id.isString() || id.stringValue().isBlank()) {
				throw SimulatorErrors.badRequest("voice.id is required");
			}
		}
		else if (mode.equals("embedding")) {
			validateEmbedding(voice.get("embedding"), embeddingsAllowed);
		}
		else {
			throw SimulatorErrors.badRequest("voice.mode must be one of id, embedding");
		}
	}

	private static void validateEmbedding(@Nullable JsonNode embedding, boolean embeddingsAllowed) {
		if (!embeddingsAllowed) {
			throw SimulatorErrors
				.badRequest("voice.embedding is not supported by this Cartesia-Version: use a voice id");
		}
		if (embedding == null || !embedding.isArray() || embedding.isEmpty()) {
			throw SimulatorErrors.badRequest("voice.embedding is required");
		}
		for (JsonNode value : embedding.values()) {
			if (!value.isNumber()) {
				throw SimulatorErrors.badRequest("voice.embedding must be an array of numbers");
			}
		}
	}

}
