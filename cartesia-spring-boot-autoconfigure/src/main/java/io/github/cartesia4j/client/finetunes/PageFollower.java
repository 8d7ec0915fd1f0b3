package io.github.cartesia4j.client.finetunes;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.cartesia4j.client.core.Page;

/**
 * Follows cursor pagination lazily: a page is fetched only when the subscriber wants an item
 * the pages so far did not hold. Stops on {@code has_more=false}, an empty page, a missing
 * cursor or a cursor that repeats.
 * <p>
 * Used instead of {@code Paginator.follow}, which ends after the first page whenever a page
 * arrives asynchronously while more items are wanted: the completion signal of the page just
 * received is taken for an empty answer to the next fetch.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
final class PageFollower {

	private static final Object NEXT = new Object();

	private PageFollower() {
	}

	/**
	 * Follow the pages of a list.
	 * @param <T> the item type
	 * @param fetch fetches the page after a cursor ({@code null} for the first page)
	 * @param idOf extracts an item's id, the cursor when the API sends no {@code next_page}
	 * @return every item, in order
	 */
	static <T> Flux<T> follow(Function<@Nullable String, Mono<Page<T>>> fetch, Function<T, String> idOf) {
		return Flux.defer(() -> {
			Cursor<T> cursor = new Cursor<>(idOf);
			// hidden so that concatMap cannot map the scalar, and so fetch, at subscription
			Flux<T> nextPage = Flux.just(NEXT)
				.hide()
				.concatMap((next) -> fetch.apply(cursor.value).doOnSuccess(cursor::advance)
					.flatMapIterable(Page::data), 0);
			return nextPage.repeat(() -> !cursor.last);
		});
	}

	private static final class Cursor<T> {

		private final Function<T, String> idOf;

		private volatile @Nullable String value;

		private volatile boolean last;

		Cursor(Function<T, String> idOf) {
			this.idOf = idOf;
		}

		void advance(@Nullable Page<T> page) {
			String next = (page != null) ? page.nextCursor(this.idOf) : null;
			this.last = next == null || next.equals(this.value);
			this.value = next;
		}

	}

}
