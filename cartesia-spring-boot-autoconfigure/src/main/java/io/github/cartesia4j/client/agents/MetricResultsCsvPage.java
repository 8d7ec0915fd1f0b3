package io.github.cartesia4j.client.agents;

import org.jspecify.annotations.Nullable;

/**
 * One page of the paginated CSV export of API version 2025-04-16: the CSV text and the
 * pagination sent in the {@code x-has-more}, {@code x-limit} and {@code x-next-page} response
 * headers.
 *
 * @param csv the CSV text of this page, header row included
 * @param hasMore whether more results follow ({@code x-has-more}); {@code false} when the
 * header is absent, as with newer API versions that export everything at once
 * @param limit the page size the API applied ({@code x-limit}), if sent
 * @param nextPage the cursor of the next page ({@code x-next-page}), if sent
 * @author cartesia4j
 * @since 0.1.0
 */
public record MetricResultsCsvPage(String csv, boolean hasMore, @Nullable Integer limit, @Nullable String nextPage) {

	/**
	 * Return the cursor to request the next page with, or {@code null} on the last page.
	 * @return the cursor or {@code null}
	 */
	public @Nullable String nextCursor() {
		return (this.hasMore && this.nextPage != null && !this.nextPage.isBlank()) ? this.nextPage : null;
	}

}
