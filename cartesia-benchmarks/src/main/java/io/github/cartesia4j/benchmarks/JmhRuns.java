package io.github.cartesia4j.benchmarks;

import java.nio.file.Path;
import java.util.Collection;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * How the suite runs a JMH benchmark class: one fork with a fixed 512 MiB heap, 2-second
 * iterations (1 second and fewer of them with {@code --quick}), JMH's output to a log file.
 *
 * @author cartesia4j
 */
final class JmhRuns {

	private JmhRuns() {
	}

	static Collection<RunResult> run(Class<?> benchmark, boolean quick, int warmups, int measurements, Path log)
			throws RunnerException {
		Options options = new OptionsBuilder().include(benchmark.getName() + "\\.")
			.forks(1)
			.warmupIterations(quick ? 1 : warmups)
			.warmupTime(TimeValue.seconds(quick ? 1 : 2))
			.measurementIterations(quick ? 2 : measurements)
			.measurementTime(TimeValue.seconds(quick ? 1 : 2))
			.jvmArgs("-Xms512m", "-Xmx512m")
			.shouldFailOnError(true)
			.output(log.toString())
			.build();
		return new Runner(options).run();
	}

	static String method(RunResult result) {
		String benchmark = result.getParams().getBenchmark();
		return benchmark.substring(benchmark.lastIndexOf('.') + 1);
	}

}
