package io.github.cartesia4j.contract;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Keeps the {@code nullable: true} that the Stainless documents write beside a {@code $ref}
 * (27 places in the 2025-11-04 document, such as {@code Voice.gender} and
 * {@code GetVoicesResponse.next_page}). OpenAPI 3.0 ignores siblings of {@code $ref} and the
 * parser drops them, so read literally these fields could never be {@code null}: not what
 * the authors wrote, what the SDKs generate ({@code | null}) or what the API sends. Before
 * parsing, each such reference is pointed at a nullable copy of its target.
 *
 * @author cartesia4j
 */
final class NullableReferences {

	private static final String PREFIX = "#/components/schemas/";

	private static final String SUFFIX = "__nullable";

	private NullableReferences() {
	}

	/**
	 * Point every nullable reference of a document tree at a nullable copy of its target.
	 * @param document the document as read from YAML, changed in place
	 * @return the number of references changed
	 */
	static int apply(JsonNode document) {
		JsonNode schemas = document.path("components").path("schemas");
		if (!(schemas instanceof ObjectNode components)) {
			return 0;
		}
		List<ObjectNode> references = new ArrayList<>();
		collect(document, references);
		for (ObjectNode reference : references) {
			String name = reference.get("$ref").asText().substring(PREFIX.length());
			JsonNode target = components.get(name);
			if (!(target instanceof ObjectNode targetSchema)) {
				throw new IllegalStateException("Unresolvable reference " + reference.get("$ref").asText());
			}
			if (!components.has(name + SUFFIX)) {
				components.set(name + SUFFIX, targetSchema.deepCopy().put("nullable", true));
			}
			reference.put("$ref", PREFIX + name + SUFFIX);
			reference.remove("nullable");
		}
		return references.size();
	}

	/**
	 * Return a text that names schemas with the names the document gives them, without the
	 * suffix of the nullable copies.
	 * @param text a parser message
	 * @return the message about the original schema
	 */
	static String original(String text) {
		return text.replace(SUFFIX + ".", ".");
	}

	private static void collect(JsonNode node, List<ObjectNode> references) {
		if (node instanceof ObjectNode object && object.path("$ref").isTextual() && object.path("nullable").asBoolean()
				&& object.get("$ref").asText().startsWith(PREFIX)) {
			references.add(object);
		}
		node.forEach((child) -> collect(child, references));
	}

}
