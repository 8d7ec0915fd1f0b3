package io.github.cartesia4j.client.agents;

import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.Mono;

import io.github.cartesia4j.client.core.Page;

/**
 * Follows cursor pagination lazily, like the core {@code Paginator}: a page is requested only
 * when the subscriber wants more items than the pages so far held, and following stops on
 * {@code has_more=false}, an empty page, a missing cursor or a cursor that repeats. A page
 * fetch that completes after delivering its page is not mistaken for an empty one, so the
 * next page may already be in flight when the previous fetch completes.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
final class AgentsPaginator {

	private AgentsPaginator() {
	}

	static <T> Flux<T> follow(Function<@Nullable String, Mono<Page<T>>> fetch, Function<T, String> idOf) {
		return Flux.create((sink) -> new Follower<>(sink, fetch, idOf).start());
	}

	private static final class Follower<T> {

		private final FluxSink<T> sink;

		private final Function<@Nullable String, Mono<Page<T>>> fetch;

		private final Function<T, String> idOf;

		private final Queue<T> buffer = new ConcurrentLinkedQueue<>();

		private final AtomicInteger wip = new AtomicInteger();

		private volatile @Nullable String cursor;

		private volatile boolean fetching;

		private volatile boolean last;

		private volatile @Nullable Disposable inFlight;

		Follower(FluxSink<T> sink, Function<@Nullable String, Mono<Page<T>>> fetch, Function<T, String> idOf) {
			this.sink = sink;
			this.fetch = fetch;
			this.idOf = idOf;
		}

		void start() {
			this.sink.onRequest((n) -> drain());
			this.sink.onDispose(() -> {
				Disposable running = this.inFlight;
				if (running != null) {
					running.dispose();
				}
			});
		}

		private void drain() {
			if (this.wip.getAndIncrement() != 0) {
				return;
			}
			do {
				while (this.sink.requestedFromDownstream() > 0 && !this.buffer.isEmpty() && !this.sink.isCancelled()) {
					this.sink.next(this.buffer.poll());
				}
				if (this.buffer.isEmpty() && !this.fetching && !this.sink.isCancelled()) {
					if (this.last) {
						this.sink.complete();
						return;
					}
					if (this.sink.requestedFromDownstream() > 0) {
						this.fetching = true;
						AtomicBoolean delivered = new AtomicBoolean();
						this.inFlight = this.fetch.apply(this.cursor).subscribe((page) -> {
							delivered.set(true);
							onPage(page);
						}, this.sink::error, () -> {
							if (!delivered.get()) {
								onEmpty();
							}
						});
					}
				}
			}
			while (this.wip.decrementAndGet() != 0);
		}

		private void onPage(Page<T> page) {
			String next = page.nextCursor(this.idOf);
			this.buffer.addAll(page.data());
			this.last = next == null || Objects.equals(next, this.cursor);
			this.cursor = next;
			this.fetching = false;
			drain();
		}

		private void onEmpty() {
			this.last = true;
			this.fetching = false;
			drain();
		}

	}

}
