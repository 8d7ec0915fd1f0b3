package io.github.cartesia4j.client.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

class PaginatorTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private final List<String> requestedCursors = Collections.synchronizedList(new ArrayList<>());

	@Test
	void followsEveryPageInOrderAndStopsWhenHasMoreIsFalse() {
		StepVerifier.create(Paginator.follow(pages(3, 2), Function.identity()))
			.expectNext("item-0", "item-1", "item-2", "item-3", "item-4", "item-5")
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(this.requestedCursors).containsExactly("first", "item-1", "item-3");
	}

	@Test
	void followsAsynchronousPagesWithUnboundedDemand() {
		Function<@Nullable String, Mono<Page<String>>> synchronous = pages(3, 2);
		Function<@Nullable String, Mono<Page<String>>> asynchronous = (cursor) -> synchronous.apply(cursor)
			.delayElement(Duration.ofMillis(5));
		StepVerifier.create(Paginator.follow(asynchronous, Function.identity()))
			.expectNext("item-0", "item-1", "item-2", "item-3", "item-4", "item-5")
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(this.requestedCursors).containsExactly("first", "item-1", "item-3");
	}

	@Test
	void earlyCancelFetchesNoExtraPage() {
		StepVerifier.create(Paginator.follow(pages(5, 2), Function.identity()).take(2))
			.expectNext("item-0", "item-1")
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(this.requestedCursors).containsExactly("first");
	}

	@Test
	void fetchesPagesOnlyAsDemandReachesThem() {
		StepVerifier.create(Paginator.follow(pages(5, 2), Function.identity()), 0)
			.expectSubscription()
			.then(() -> assertThat(this.requestedCursors).isEmpty())
			.thenRequest(1)
			.expectNext("item-0")
			.then(() -> assertThat(this.requestedCursors).containsExactly("first"))
			.thenRequest(1)
			.expectNext("item-1")
			.then(() -> assertThat(this.requestedCursors).containsExactly("first"))
			.thenRequest(1)
			.expectNext("item-2")
			.then(() -> assertThat(this.requestedCursors).containsExactly("first", "item-1"))
			.thenCancel()
			.verify(TIMEOUT);
	}

	@Test
	void prefersNextPageCursorOverLastItemId() {
		Function<@Nullable String, Mono<Page<String>>> fetch = (cursor) -> {
			this.requestedCursors.add(String.valueOf(cursor));
			return Mono.just((cursor == null) ? new Page<>(List.of("a", "b"), true, "cursor-x")
					: new Page<>(List.of("c"), false, null));
		};
		StepVerifier.create(Paginator.follow(fetch, Function.identity()))
			.expectNext("a", "b", "c")
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(this.requestedCursors).containsExactly("null", "cursor-x");
	}

	@Test
	void stopsOnEmptyPageMissingCursorOrRepeatedCursor() {
		StepVerifier.create(Paginator.follow((cursor) -> Mono.just(new Page<String>(List.of(), true, "next")),
				Function.identity()))
			.expectComplete()
			.verify(TIMEOUT);
		StepVerifier.create(Paginator.follow((cursor) -> Mono.just(new Page<>(List.of("only"), null, null)),
				Function.identity()))
			.expectNext("only")
			.expectComplete()
			.verify(TIMEOUT);
		StepVerifier.create(Paginator.follow((cursor) -> Mono.just(new Page<>(List.of("loop"), true, "same")),
				Function.identity()))
			.expectNext("loop", "loop")
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void propagatesAPageError() {
		Function<@Nullable String, Mono<Page<String>>> fetch = (cursor) -> (cursor == null)
				? Mono.just(new Page<>(List.of("a"), true, null))
				: Mono.error(new CartesiaException("boom"));
		StepVerifier.create(Paginator.follow(fetch, Function.identity()))
			.expectNext("a")
			.expectErrorMessage("boom")
			.verify(TIMEOUT);
	}

	private Function<@Nullable String, Mono<Page<String>>> pages(int count, int size) {
		return (cursor) -> Mono.fromSupplier(() -> {
			this.requestedCursors.add((cursor != null) ? cursor : "first");
			int page = (cursor == null) ? 0 : (Integer.parseInt(cursor.substring(5)) + 1) / size;
			List<String> items = new ArrayList<>();
			for (int i = 0; i < size; i++) {
				items.add("item-" + (page * size + i));
			}
			return new Page<>(items, page < count - 1, null);
		});
	}

}
