package io.github.cartesia4j.client.pronunciationdicts;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import io.github.cartesia4j.client.core.Arguments;

/**
 * Body of {@code POST /pronunciation-dicts/}: a name and optional initial mappings.
 *
 * @param name the dictionary name
 * @param items the initial mappings, or {@code null} to start empty
 * @author cartesia4j
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PronunciationDictCreateRequest(@JsonProperty("name") String name,
		@JsonProperty("items") @Nullable List<PronunciationDictItem> items) {

	public PronunciationDictCreateRequest {
		Arguments.requireText(name, "name");
		items = PronunciationDictItems.check(items);
	}

	/**
	 * An empty dictionary.
	 * @param name the dictionary name
	 * @return the request
	 */
	public static PronunciationDictCreateRequest of(String name) {
		return new PronunciationDictCreateRequest(name, null);
	}

	/**
	 * A dictionary with initial mappings.
	 * @param name the dictionary name
	 * @param items the mappings
	 * @return the request
	 */
	public static PronunciationDictCreateRequest of(String name, List<PronunciationDictItem> items) {
		return new PronunciationDictCreateRequest(name, Arguments.requireNonNull(items, "items"));
	}

}
