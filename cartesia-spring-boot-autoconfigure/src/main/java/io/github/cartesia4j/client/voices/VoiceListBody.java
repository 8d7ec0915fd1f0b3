package io.github.cartesia4j.client.voices;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;

import io.github.cartesia4j.client.core.CartesiaJson;
import io.github.cartesia4j.client.core.Page;

/**
 * Body of {@code GET /voices}: the paginated wrapper, or the bare array of API 2024-06-10,
 * read as a single last page.
 *
 * @param page the page
 * @author cartesia4j
 */
record VoiceListBody(Page<Voice> page) {

	private static final JavaType PAGE = Page.type(Voice.class);

	private static final JavaType ARRAY = CartesiaJson.mapper()
		.getTypeFactory()
		.constructCollectionType(List.class, Voice.class);

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	static VoiceListBody of(JsonNode body) {
		if (body.isArray()) {
			List<Voice> voices = CartesiaJson.mapper().treeToValue(body, ARRAY);
			return new VoiceListBody(new Page<>(voices, false, null));
		}
		return new VoiceListBody(CartesiaJson.mapper().treeToValue(body, PAGE));
	}

}
