package io.github.cartesia4j.client.core;

import org.jspecify.annotations.Nullable;

/**
 * Cursor and size of one page: {@code limit} (1 to 100), {@code starting_after} and
 * {@code ending_before}.
 *
 * @param limit the page size, or {@code null} for the API's default
 * @param startingAfter return the items after this id
 * @param endingBefore return the items before this id
 * @author cartesia4j
 * @since 0.1.0
 */
public record PageRequest(@Nullable Integer limit, @Nullable String startingAfter, @Nullable String endingBefore) {

	/**
	 * The first page with the API's default size.
	 */
	public static final PageRequest FIRST = new PageRequest(null, null, null);

	public PageRequest {
		Arguments.requireRange(limit, 1, 100, "limit");
		if (startingAfter != null && endingBefore != null) {
			throw new IllegalArgumentException("'starting_after' and 'ending_before' must not both be set");
		}
	}

	/**
	 * The first page of the given size.
	 * @param limit the page size, 1 to 100
	 * @return the request
	 */
	public static PageRequest ofSize(int limit) {
		return new PageRequest(limit, null, null);
	}

	/**
	 * Return the same size after another cursor.
	 * @param cursor the id to start after, or {@code null} for the first page
	 * @return the request
	 */
	public PageRequest after(@Nullable String cursor) {
		return new PageRequest(this.limit, cursor, null);
	}

	/**
	 * Add {@code limit}, {@code starting_after} and {@code ending_before} to a request.
	 * @param request the request builder
	 * @return the same builder
	 */
	public CartesiaRequest.Builder applyTo(CartesiaRequest.Builder request) {
		return request.query("limit", this.limit)
			.query("starting_after", this.startingAfter)
			.query("ending_before", this.endingBefore);
	}

}
