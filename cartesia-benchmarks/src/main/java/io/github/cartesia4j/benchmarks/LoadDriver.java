package io.github.cartesia4j.benchmarks;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A closed-loop load driver: a fixed number of workers each send a request, consume the whole
 * response and send the next, until the phase ends. Only requests that complete within the
 * phase count; each must return the expected number of bytes.
 *
 * @author cartesia4j
 */
final class LoadDriver {

	private final CpuClock clock;

	LoadDriver(CpuClock clock) {
		this.clock = clock;
	}

	/**
	 * Run one phase.
	 * @param side the side to drive
	 * @param call the call to make on the side
	 * @param concurrency requests in flight
	 * @param duration how long to send requests
	 * @param expectedBytes the bytes each response must carry
	 * @return what happened
	 */
	Phase run(TtsSide side, BiFunction<TtsSide, TtsSide.Timing, Mono<Long>> call, int concurrency, Duration duration,
			long expectedBytes) {
		Stats.Samples[] latencies = new Stats.Samples[concurrency];
		AtomicLong errors = new AtomicLong();
		AtomicLong completed = new AtomicLong();
		AtomicReference<Throwable> firstError = new AtomicReference<>();
		CpuClock.Sample before = this.clock.sample();
		long start = before.wall();
		long deadline = start + duration.toNanos();
		Flux.range(0, concurrency).flatMap((worker) -> {
			Stats.Samples samples = new Stats.Samples();
			latencies[worker] = samples;
			TtsSide.Timing timing = new TtsSide.Timing();
			return Mono.defer(() -> call.apply(side, timing.start()))
				.doOnNext((bytes) -> {
					long end = System.nanoTime();
					if (bytes != expectedBytes) {
						throw new IllegalStateException(side.name() + " received " + bytes + " bytes, expected "
								+ expectedBytes);
					}
					completed.incrementAndGet();
					if (end <= deadline) {
						samples.add(end - timing.start);
					}
				})
				.onErrorResume((ex) -> {
					errors.incrementAndGet();
					firstError.compareAndSet(null, ex);
					return Mono.empty();
				})
				.repeat(() -> System.nanoTime() < deadline);
		}, concurrency).then().block(duration.plusMinutes(2));
		CpuClock.Sample after = this.clock.sample();
		Stats.Samples all = new Stats.Samples();
		for (Stats.Samples samples : latencies) {
			all.addAll(samples);
		}
		if (firstError.get() != null) {
			throw new IllegalStateException(side.name() + ": " + errors.get() + " requests failed, the first with "
					+ firstError.get(), firstError.get());
		}
		return new Phase(side.name(), all.toArray(), duration, after.since(before), completed.get());
	}

	/**
	 * The outcome of a phase.
	 *
	 * @param side the side's name
	 * @param latencies the latency of each completed request, in nanoseconds
	 * @param duration the phase's duration
	 * @param cpu the cores used during the phase, including the end where the last requests
	 * drain
	 * @param completed every request completed, including those of the drain
	 */
	record Phase(String side, long[] latencies, Duration duration, CpuClock.Usage cpu, long completed) {

		double requestsPerSecond() {
			return this.latencies.length / (this.duration.toNanos() / 1e9);
		}

		double clientMicrosPerRequest() {
			return (this.completed == 0) ? 0 : this.cpu.clientNanos() / 1e3 / this.completed;
		}

		double serverMicrosPerRequest() {
			return (this.completed == 0) ? 0 : this.cpu.serverNanos() / 1e3 / this.completed;
		}

	}

}
