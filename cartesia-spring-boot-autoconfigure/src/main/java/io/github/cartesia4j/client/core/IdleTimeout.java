package io.github.cartesia4j.client.core;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Timeouts for streamed responses that only run while the caller is waiting: the first
 * element must arrive within {@code first}, and each later one within {@code idle} of the
 * previous. A caller that stops requesting (a slow consumer) stops the clock, so back-pressure
 * is never mistaken for a stalled server.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
final class IdleTimeout {

	private IdleTimeout() {
	}

	static <T> Flux<T> apply(Flux<T> source, Duration first, Duration idle) {
		return Flux.defer(() -> {
			Demand demand = new Demand();
			return source.doOnNext((item) -> demand.delivered())
				.timeout(demand.whenWaiting().then(Mono.delay(first)),
						(item) -> demand.whenWaiting().then(Mono.delay(idle)))
				.doOnRequest(demand::requested);
		});
	}

	private static final class Demand {

		private final AtomicLong outstanding = new AtomicLong();

		private volatile Sinks.Empty<Void> waiting = Sinks.empty();

		void requested(long count) {
			this.outstanding.getAndUpdate((current) -> (count == Long.MAX_VALUE || current + count < 0)
					? Long.MAX_VALUE : current + count);
			this.waiting.tryEmitEmpty();
		}

		void delivered() {
			this.outstanding.getAndUpdate((current) -> (current == Long.MAX_VALUE) ? current : current - 1);
		}

		Mono<Void> whenWaiting() {
			return Mono.defer(() -> {
				if (this.outstanding.get() > 0) {
					return Mono.empty();
				}
				Sinks.Empty<Void> sink = Sinks.empty();
				this.waiting = sink;
				return (this.outstanding.get() > 0) ? Mono.empty() : sink.asMono();
			});
		}

	}

}
