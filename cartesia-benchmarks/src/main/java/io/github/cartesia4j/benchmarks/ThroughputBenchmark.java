package io.github.cartesia4j.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;

import reactor.core.publisher.Mono;

/**
 * Throughput and latency under a fixed concurrency, every side driven in its own phase of
 * each round, the order reversed every other round, so that a slow spell on the shared
 * machine hits all sides alike. Every phase starts on a freshly collected heap.
 *
 * @author cartesia4j
 */
final class ThroughputBenchmark {

	private ThroughputBenchmark() {
	}

	static Outcome run(LoadDriver driver, List<TtsSide> sides, BiFunction<TtsSide, TtsSide.Timing, Mono<Long>> call,
			Settings settings) {
		Duration warmupPhase = settings.phase().dividedBy(2);
		Warmup.untilJitSettles(() -> {
			for (TtsSide side : sides) {
				driver.run(side, call, settings.concurrency(), warmupPhase, settings.expectedBytes());
			}
		}, settings.minWarmup(), settings.maxWarmup());
		Map<String, List<LoadDriver.Phase>> phases = new LinkedHashMap<>();
		sides.forEach((side) -> phases.put(side.name(), new ArrayList<>()));
		for (int round = 0; round < settings.rounds(); round++) {
			List<TtsSide> order = new ArrayList<>(sides);
			if (round % 2 == 1) {
				Collections.reverse(order);
			}
			for (TtsSide side : order) {
				// Each phase starts on a collected heap, so that no side pays for collecting
				// the garbage of the side before it.
				System.gc();
				LoadDriver.Phase phase = driver.run(side, call, settings.concurrency(), settings.phase(),
						settings.expectedBytes());
				phases.get(side.name()).add(phase);
				BenchmarkSuite.log("  round %2d %-9s %6.0f req/s  p50 %6.2f ms  p99 %6.2f ms  CPU/request %5.1f us; "
						+ "cores: client %.2f server %.2f others %.2f", round + 1, side.name(), phase.requestsPerSecond(),
						Stats.percentile(phase.latencies(), 50) / 1e6, Stats.percentile(phase.latencies(), 99) / 1e6,
						phase.clientMicrosPerRequest(), phase.cpu().client(), phase.cpu().server(), phase.cpu().others());
			}
		}
		return new Outcome(phases);
	}

	/**
	 * How to run.
	 *
	 * @param concurrency requests in flight
	 * @param phase duration of one phase
	 * @param minWarmup least warm-up time, in half-length phases until the JIT settles
	 * @param maxWarmup most warm-up time
	 * @param rounds recorded rounds, each one phase per side
	 * @param expectedBytes bytes per response
	 */
	record Settings(int concurrency, Duration phase, Duration minWarmup, Duration maxWarmup, int rounds,
			long expectedBytes) {

	}

	/**
	 * The recorded phases.
	 *
	 * @param phases the phases of each side, by round
	 */
	record Outcome(Map<String, List<LoadDriver.Phase>> phases) {

		double[] throughputRatios(String side, String baseline) {
			List<LoadDriver.Phase> sidePhases = this.phases.get(side);
			List<LoadDriver.Phase> baselinePhases = this.phases.get(baseline);
			double[] ratios = new double[sidePhases.size()];
			for (int i = 0; i < ratios.length; i++) {
				ratios[i] = sidePhases.get(i).requestsPerSecond() / baselinePhases.get(i).requestsPerSecond();
			}
			return ratios;
		}

		double[] rps(String side) {
			return this.phases.get(side).stream().mapToDouble(LoadDriver.Phase::requestsPerSecond).toArray();
		}

		long[] latencies(String side) {
			Stats.Samples all = new Stats.Samples();
			for (LoadDriver.Phase phase : this.phases.get(side)) {
				for (long latency : phase.latencies()) {
					all.add(latency);
				}
			}
			return all.toArray();
		}

		double median(String side, ToDoubleFunction<LoadDriver.Phase> metric) {
			return Stats.median(this.phases.get(side).stream().mapToDouble(metric).toArray());
		}

		double average(ToDoubleFunction<LoadDriver.Phase> metric) {
			return this.phases.values()
				.stream()
				.flatMap(List::stream)
				.mapToDouble(metric)
				.average()
				.orElse(Double.NaN);
		}

	}

}
