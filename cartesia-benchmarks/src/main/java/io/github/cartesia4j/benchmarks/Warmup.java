package io.github.cartesia4j.benchmarks;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * Warms up until the JIT compiler has settled. On a machine shared with other work, a fixed
 * warm-up leaves the larger side (the client, with WebClient and Jackson behind it) partly
 * interpreted for tens of seconds, which would be measured as overhead.
 *
 * @author cartesia4j
 */
final class Warmup {

	private static final double SETTLED_COMPILE_SHARE = 0.03;

	private Warmup() {
	}

	/**
	 * Repeat a warm-up round until at least {@code min} has passed and the compiler worked
	 * less than 3% of a round's wall time, or until {@code max} has passed.
	 * @param round one warm-up round, exercising every side
	 * @param min the least warm-up time
	 * @param max the most warm-up time
	 * @return the share of the last round spent compiling
	 */
	static double untilJitSettles(Runnable round, Duration min, Duration max) {
		CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
		long start = System.nanoTime();
		double share = 1;
		int rounds = 0;
		while (true) {
			long compileBefore = compiler.getTotalCompilationTime();
			long roundStart = System.nanoTime();
			round.run();
			rounds++;
			long now = System.nanoTime();
			share = (compiler.getTotalCompilationTime() - compileBefore) * 1e6 / Math.max(1, now - roundStart);
			long elapsed = now - start;
			if ((elapsed >= min.toNanos() && share < SETTLED_COMPILE_SHARE) || elapsed >= max.toNanos()) {
				BenchmarkSuite.log("  warm-up: %d rounds in %.0f s, compiling %.1f%% of the last round", rounds,
						elapsed / 1e9, share * 100);
				return share;
			}
		}
	}

}
