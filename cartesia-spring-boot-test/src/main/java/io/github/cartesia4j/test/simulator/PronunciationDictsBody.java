package io.github.cartesia4j.test.simulator;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Validates the bodies of {@code POST /pronunciation-dicts/} and
 * {@code PATCH /pronunciation-dicts/{id}}, answering 400 with a message naming the field
 * ({@code name}, {@code items[1].alias}). Unknown fields are ignored.
 *
 * @author cartesia4j
 */
final class PronunciationDictsBody {

	private PronunciationDictsBody() {
	}

	/**
	 * Read {@code name}.
	 * @param body the request body
	 * @param required whether a missing or null name is an error
	 * @return the name, or {@code null} when absent and not required
	 */
	static @Nullable String name(JsonNode body, boolean required) {
		JsonNode name = body.get("name");
		if (name == null || name.isNull()) {
			if (required) {
				throw SimulatorErrors.badRequest("name is required");
			}
			return null;
		}
		if (!name.isString()) {
			throw SimulatorErrors.badRequest("name must be a string");
		}
		if (name.stringValue().isBlank()) {
			throw SimulatorErrors.badRequest("name must not be empty");
		}
		return name.stringValue();
	}

	/**
	 * Read {@code items}, keeping only the known fields of each item.
	 * @param body the request body
	 * @return the items, or {@code null} when absent or null
	 */
	static @Nullable ArrayNode items(JsonNode body) {
		JsonNode items = body.get("items");
		if (items == null || items.isNull()) {
			return null;
		}
		if (!items.isArray()) {
			throw SimulatorErrors.badRequest("items must be an array");
		}
		ArrayNode checked = ResourceStore.array();
		for (int i = 0; i < items.size(); i++) {
			checked.add(item(items.get(i), "items[" + i + "]"));
		}
		return checked;
	}

	private static ObjectNode item(JsonNode item, String field) {
		if (!item.isObject()) {
			throw SimulatorErrors.badRequest(field + " must be an object with text and alias");
		}
		ObjectNode checked = ResourceStore.object();
		checked.put("text", requiredString(item, "text", field + ".text"));
		checked.put("alias", requiredString(item, "alias", field + ".alias"));
		JsonNode caseSensitive = item.get("case_sensitive");
		if (caseSensitive != null && !caseSensitive.isNull()) {
			if (!caseSensitive.isBoolean()) {
				throw SimulatorErrors.badRequest(field + ".case_sensitive must be a boolean");
			}
			checked.put("case_sensitive", caseSensitive.booleanValue());
		}
		return checked;
	}

	private static String requiredString(JsonNode node, String name, String field) {
		JsonNode value = node.get(name);
		if (value == null || value.isNull()) {
			throw SimulatorErrors.badRequest(field + " is required");
		}
		if (!value.isString()) {
			throw SimulatorErrors.badRequest(field + " must be a string");
		}
		if (value.stringValue().isBlank()) {
			throw SimulatorErrors.badRequest(field + " must not be empty");
		}
		return value.stringValue();
	}

}
