package io.github.cartesia4j.client.pronunciationdicts;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A pronunciation dictionary, as returned by the API.
 *
 * @param id the dictionary id
 * @param name the name
 * @param ownerId the id of the owning user or organisation
 * @param pinned whether the dictionary is pinned ({@code null} when the API left it out)
 * @param items the mappings, in order; empty when none
 * @param createdAt creation time as sent by the API (an ISO-8601 string)
 * @author cartesia4j
 * @since 0.1.0
 */
public record PronunciationDict(@JsonProperty("id") String id, @JsonProperty("name") @Nullable String name,
		@JsonProperty("owner_id") @Nullable String ownerId, @JsonProperty("pinned") @Nullable Boolean pinned,
		@JsonProperty("items") List<PronunciationDictItem> items,
		@JsonProperty("created_at") @Nullable String createdAt) {

	public PronunciationDict {
		items = (items != null) ? List.copyOf(items) : List.of();
	}

	/**
	 * Whether the dictionary is pinned; {@code false} when the API did not say.
	 * @return {@code true} if pinned
	 */
	public boolean isPinned() {
		return Boolean.TRUE.equals(this.pinned);
	}

}
