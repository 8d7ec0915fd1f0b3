package io.github.cartesia4j.client.pronunciationdicts;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import io.github.cartesia4j.client.core.Arguments;

/**
 * Body of {@code PATCH /pronunciation-dicts/{id}}: only the fields that are set are sent.
 * {@code items} replaces the whole list of mappings; an empty list removes them all.
 *
 * @param name the new name, or {@code null} to keep it
 * @param items the new mappings, or {@code null} to keep them
 * @author cartesia4j
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PronunciationDictUpdateRequest(@JsonProperty("name") @Nullable String name,
		@JsonProperty("items") @Nullable List<PronunciationDictItem> items) {

	public PronunciationDictUpdateRequest {
		if (name != null) {
			Arguments.requireText(name, "name");
		}
		items = PronunciationDictItems.check(items);
	}

	/**
	 * Rename the dictionary, keeping its mappings.
	 * @param name the new name
	 * @return the request
	 */
	public static PronunciationDictUpdateRequest name(String name) {
		return new PronunciationDictUpdateRequest(Arguments.requireNonNull(name, "name"), null);
	}

	/**
	 * Replace the mappings, keeping the name.
	 * @param items the new mappings; empty removes them all
	 * @return the request
	 */
	public static PronunciationDictUpdateRequest items(List<PronunciationDictItem> items) {
		return new PronunciationDictUpdateRequest(null, Arguments.requireNonNull(items, "items"));
	}

	/**
	 * Return a copy that also renames the dictionary.
	 * @param name the new name
	 * @return the copy
	 */
	public PronunciationDictUpdateRequest withName(String name) {
		return new PronunciationDictUpdateRequest(Arguments.requireNonNull(name, "name"), this.items);
	}

	/**
	 * Return a copy that also replaces the mappings.
	 * @param items the new mappings; empty removes them all
	 * @return the copy
	 */
	public PronunciationDictUpdateRequest withItems(List<PronunciationDictItem> items) {
		return new PronunciationDictUpdateRequest(this.name, Arguments.requireNonNull(items, "items"));
	}

}
