package io.github.cartesia4j.faults;

import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.web.reactive.function.client.ExchangeFilterFunction;

import io.github.cartesia4j.client.core.CartesiaCall;
import io.github.cartesia4j.client.core.CartesiaCallDecorator;
import io.github.cartesia4j.client.core.CartesiaTimeoutException;
import io.github.cartesia4j.test.simulator.CartesiaSimulator;

/**
 * Scripts the soak test's faults as requests go out, and counts from both ends: the
 * requests given a fault at the server, and what the calls ended with. Faults are scripted
 * on the path of a request about to be sent, so each one is followed by a request that can
 * use it; a call refused by an open breaker or a full concurrency limit scripts none.
 *
 * @author cartesia4j
 */
final class SoakTally {

	private final CartesiaSimulator simulator;

	private final SplittableRandom random;

	private final AtomicInteger faultedRequests = new AtomicInteger();

	private final AtomicInteger successes = new AtomicInteger();

	private final AtomicInteger timeouts = new AtomicInteger();

	private final Map<String, LongAdder> faults = new ConcurrentHashMap<>();

	private final Map<String, LongAdder> failures = new ConcurrentHashMap<>();

	private final Set<String> faultedPaths = ConcurrentHashMap.newKeySet();

	SoakTally(CartesiaSimulator simulator, long seed) {
		this.simulator = simulator;
		this.random = new SplittableRandom(seed);
	}

	/**
	 * Return a filter that may script a fault for each request it sees, just before it is
	 * sent.
	 * @return the filter
	 */
	ExchangeFilterFunction injector() {
		return (request, next) -> Mono.defer(() -> {
			inject(request.method().name(), request.url().getRawPath());
			return next.exchange(request);
		});
	}

	/**
	 * Wrap a decorator to count the attempts that timed out, scripted or not.
	 * @param decorator the decorator
	 * @return the counting decorator
	 */
	CartesiaCallDecorator countingTimeouts(CartesiaCallDecorator decorator) {
		return new CartesiaCallDecorator() {

			@Override
			public <T> Flux<T> decorate(CartesiaCall call, Flux<T> source) {
				return decorator.decorate(call, source.doOnError((ex) -> {
					if (ex instanceof CartesiaTimeoutException || ex.getCause() instanceof CartesiaTimeoutException) {
						SoakTally.this.timeouts.incrementAndGet();
					}
				}));
			}

		};
	}

	private void inject(String method, String path) {
		SoakCall call = SoakCall.of(path);
		SoakFault fault;
		synchronized (this.random) {
			fault = SoakFault.pick(call, this.random);
		}
		if (fault == null) {
			return;
		}
		this.simulator.faults().times(fault.times(), method, path, fault.fault());
		this.faultedRequests.addAndGet(fault.times());
		this.faults.computeIfAbsent(fault.label(), (label) -> new LongAdder()).add(fault.times());
		this.faultedPaths.add(path);
	}

	void success() {
		this.successes.incrementAndGet();
	}

	void failure(Throwable ex) {
		this.failures.computeIfAbsent(ex.getClass().getSimpleName(), (name) -> new LongAdder()).increment();
	}

	/**
	 * Return how many requests were given a fault, once every scripted fault was used.
	 * @return the count
	 */
	int faultedRequests() {
		return this.faultedRequests.get();
	}

	/**
	 * Return how many attempts timed out.
	 * @return the count
	 */
	int timeouts() {
		return this.timeouts.get();
	}

	/**
	 * Return how many requests were scripted to time out.
	 * @return the count
	 */
	int scriptedTimeouts() {
		return this.faults.entrySet()
			.stream()
			.filter((entry) -> SoakFault.TIMING_OUT.contains(entry.getKey()))
			.mapToInt((entry) -> entry.getValue().intValue())
			.sum();
	}

	int successes() {
		return this.successes.get();
	}

	int failures() {
		return this.failures.values().stream().mapToInt(LongAdder::intValue).sum();
	}

	Map<String, Integer> failuresByType() {
		return sorted(this.failures);
	}

	Map<String, Integer> faultsByLabel() {
		return sorted(this.faults);
	}

	/**
	 * Return the paths faults were scripted for.
	 * @return the paths
	 */
	Set<String> faultedPaths() {
		return this.faultedPaths;
	}

	private static Map<String, Integer> sorted(Map<String, LongAdder> counts) {
		Map<String, Integer> sorted = new TreeMap<>();
		counts.forEach((key, count) -> sorted.put(key, count.intValue()));
		return sorted;
	}

}
