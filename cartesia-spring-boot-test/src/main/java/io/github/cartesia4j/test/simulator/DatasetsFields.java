package io.github.cartesia4j.test.simulator;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads the string fields of dataset and fine-tune request bodies, answering 400 with a
 * message naming the field when one is missing or of the wrong type.
 *
 * @author cartesia4j
 */
final class DatasetsFields {

	private DatasetsFields() {
	}

	static String requireText(JsonNode body, String field) {
		String value = requireString(body, field);
		if (value.isBlank()) {
			throw SimulatorErrors.badRequest(field + " must not be blank");
		}
		return value;
	}

	static String requireString(JsonNode body, String field) {
		String value = optionalString(body, field);
		if (value == null) {
			throw SimulatorErrors.badRequest(field + " is required");
		}
		return value;
	}

	static @Nullable String optionalString(JsonNode body, String field) {
		JsonNode value = body.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			throw SimulatorErrors.badRequest(field + " must be a string");
		}
		return value.asString();
	}

}
