package io.github.cartesia4j.benchmarks;

import java.time.Duration;
import java.util.function.BiFunction;

import reactor.core.publisher.Mono;

/**
 * Time to the first audio of a request on an idle connection: one request at a time, the two
 * sides alternating request by request (ABBA order).
 *
 * @author cartesia4j
 */
final class FirstAudioBenchmark {

	private FirstAudioBenchmark() {
	}

	static Outcome run(TtsSide raw, TtsSide client, BiFunction<TtsSide, TtsSide.Timing, Mono<Long>> call,
			Duration minWarmup, Duration maxWarmup, int iterations,
			java.util.function.ToLongFunction<TtsSide> expectedBytes) {
		TtsSide.Timing timing = new TtsSide.Timing();
		Warmup.untilJitSettles(() -> {
			for (int i = 0; i < 200; i++) {
				once(raw, call, timing, expectedBytes);
				once(client, call, timing, expectedBytes);
			}
		}, minWarmup, maxWarmup);
		long[] rawTimes = new long[iterations];
		long[] clientTimes = new long[iterations];
		long[] differences = new long[iterations];
		for (int i = 0; i < iterations; i++) {
			if (i % 2 == 0) {
				rawTimes[i] = once(raw, call, timing, expectedBytes);
				clientTimes[i] = once(client, call, timing, expectedBytes);
			}
			else {
				clientTimes[i] = once(client, call, timing, expectedBytes);
				rawTimes[i] = once(raw, call, timing, expectedBytes);
			}
			differences[i] = clientTimes[i] - rawTimes[i];
		}
		return new Outcome(rawTimes, clientTimes, differences);
	}

	private static long once(TtsSide side, BiFunction<TtsSide, TtsSide.Timing, Mono<Long>> call,
			TtsSide.Timing timing, java.util.function.ToLongFunction<TtsSide> expectedBytes) {
		Long bytes = call.apply(side, timing.start()).block(Duration.ofSeconds(30));
		if (bytes == null || bytes != expectedBytes.applyAsLong(side)) {
			throw new IllegalStateException(side.name() + " received " + bytes + " bytes, expected " + expectedBytes.applyAsLong(side));
		}
		return timing.firstAudioNanos();
	}

	/**
	 * First-audio times in nanoseconds.
	 *
	 * @param raw the raw side's, by iteration
	 * @param client the client's, by iteration
	 * @param differences client minus raw, by iteration
	 */
	record Outcome(long[] raw, long[] client, long[] differences) {

	}

}
