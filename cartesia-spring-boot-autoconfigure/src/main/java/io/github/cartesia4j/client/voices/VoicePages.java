package io.github.cartesia4j.client.voices;

import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.Mono;

import io.github.cartesia4j.client.core.Page;

/**
 * Follows the voice list's cursor pages lazily, like
 * {@link io.github.cartesia4j.client.core.Paginator}, which it stands in for: subscribing
 * to a {@link Mono} with a completion callback runs that callback right after the page
 * arrives, so {@code Paginator} mistakes the page that follows a full page for an empty
 * one and completes early when the subscriber still wants more. Here an empty fetch is
 * turned into an empty last page instead.
 *
 * @author cartesia4j
 */
final class VoicePages {

	private VoicePages() {
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
						this.inFlight = this.fetch.apply(this.cursor)
							.defaultIfEmpty(new Page<>(List.of(), false, null))
							.subscribe(this::onPage, this.sink::error);
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

	}

}
