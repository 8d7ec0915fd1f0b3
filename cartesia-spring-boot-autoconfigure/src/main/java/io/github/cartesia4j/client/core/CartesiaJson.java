package io.github.cartesia4j.client.core;

import java.io.InputStream;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON mapper of the Cartesia clients. It is private to the clients so that an
 * application's Jackson settings (naming strategy, strictness) never change what goes on the
 * wire: names come from {@code @JsonProperty}, unknown response fields are ignored and absent
 * values are not sent.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public final class CartesiaJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL)
			.withContentInclusion(JsonInclude.Include.NON_NULL))
		.build();

	private CartesiaJson() {
	}

	/**
	 * Return the shared mapper.
	 * @return the mapper
	 */
	public static JsonMapper mapper() {
		return MAPPER;
	}

	/**
	 * Serialize a value to UTF-8 JSON.
	 * @param value the value
	 * @return the JSON bytes
	 */
	public static byte[] write(Object value) {
		return MAPPER.writeValueAsBytes(value);
	}

	/**
	 * Read a value of the given type.
	 * @param <T> the type
	 * @param input the JSON
	 * @param type the target type
	 * @return the value
	 */
	public static <T> T read(InputStream input, JavaType type) {
		return MAPPER.readValue(input, type);
	}

	/**
	 * Read a value of the given type.
	 * @param <T> the type
	 * @param json the JSON text
	 * @param type the target type
	 * @return the value
	 */
	public static <T> T read(String json, Class<T> type) {
		return MAPPER.readValue(json, type);
	}

	/**
	 * Read a JSON tree.
	 * @param json the JSON text
	 * @return the tree
	 */
	public static JsonNode tree(String json) {
		return MAPPER.readTree(json);
	}

	/**
	 * Convert a tree to a value.
	 * @param <T> the type
	 * @param node the tree
	 * @param type the target type
	 * @return the value
	 */
	public static <T> T convert(JsonNode node, Class<T> type) {
		return MAPPER.treeToValue(node, type);
	}

	/**
	 * Build a Jackson type for a class.
	 * @param type the class
	 * @return the Jackson type
	 */
	public static JavaType type(Class<?> type) {
		return MAPPER.constructType(type);
	}

	/**
	 * Build a Jackson type for a generic type.
	 * @param type the type reference
	 * @return the Jackson type
	 */
	public static JavaType type(TypeReference<?> type) {
		return MAPPER.constructType(type);
	}

}
