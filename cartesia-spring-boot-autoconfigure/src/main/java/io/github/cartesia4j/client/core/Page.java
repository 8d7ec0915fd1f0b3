package io.github.cartesia4j.client.core;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JavaType;

/**
 * One page of a cursor-paginated list: {@code {"data": [...], "has_more": ..., "next_page": ...}}.
 *
 * @param <T> the item type
 * @param data the items
 * @param hasMore whether more items follow, or {@code null} when the API does not say (agent
 * calls)
 * @param nextPage the cursor of the next page, if the API sent one
 * @author cartesia4j
 * @since 0.1.0
 */
public record Page<T>(@JsonProperty("data") List<T> data, @JsonProperty("has_more") @Nullable Boolean hasMore,
		@JsonProperty("next_page") @Nullable String nextPage) {

	public Page {
		data = (data != null) ? List.copyOf(data) : List.of();
	}

	/**
	 * Build the Jackson type of a page of items.
	 * @param itemType the item class
	 * @return the page type
	 */
	public static JavaType type(Class<?> itemType) {
		return CartesiaJson.mapper().getTypeFactory().constructParametricType(Page.class, itemType);
	}

	/**
	 * Return the cursor to request the page after this one: {@code next_page} when present,
	 * else the id of the last item; {@code null} when this is the last page ({@code has_more}
	 * false, or no items).
	 * @param idOf extracts an item's id
	 * @return the cursor, or {@code null}
	 */
	public @Nullable String nextCursor(Function<T, String> idOf) {
		if (Boolean.FALSE.equals(this.hasMore) || this.data.isEmpty()) {
			return null;
		}
		if (this.nextPage != null && !this.nextPage.isBlank()) {
			return this.nextPage;
		}
		return (this.hasMore != null) ? idOf.apply(this.data.get(this.data.size() - 1)) : null;
	}

}
