package io.github.cartesia4j.test.simulator;

import java.time.Duration;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Emits chunk indices lazily, on demand, pausing between two chunks when a delay is set
 * to simulate real-time generation. Chunks are produced from the indices only when they
 * are about to be written, so no buffer waits in a delay.
 *
 * @author cartesia4j
 */
final class ChunkPacing {

	private ChunkPacing() {
	}

	static Flux<Integer> indices(int count, Duration delay) {
		Flux<Integer> indices = Flux.range(0, count);
		if (delay.isZero()) {
			return indices;
		}
		return indices.concatMap((index) -> (index == 0) ? Mono.just(index) : Mono.delay(delay).thenReturn(index), 1);
	}

}
