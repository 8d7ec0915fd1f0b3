package io.github.cartesia4j.client.core;

import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

/**
 * Demand-aware first-element and idle timeouts of {@link IdleTimeout}.
 */
class IdleTimeoutTests {

	private static final Duration FIRST = Duration.ofSeconds(1);

	private static final Duration IDLE = Duration.ofSeconds(2);

	/**
	 * Virtual time whose clock moves even while no timer is scheduled: the default one of
	 * {@code StepVerifier.withVirtualTime} defers such moves to the next timer, which would
	 * make a timer armed after a long pause fire at once.
	 */
	private static <T> StepVerifier.FirstStep<T> withClock(Supplier<Flux<T>> scenario, long initialRequest) {
		return StepVerifier.withVirtualTime(scenario, VirtualTimeScheduler::create, initialRequest);
	}

	@Test
	void sourceThatNeverEmitsTimesOutAfterTheFirstTimeout() {
		withClock(() -> IdleTimeout.apply(Flux.never(), FIRST, IDLE, virtualTime()), Long.MAX_VALUE)
			.expectSubscription()
			.expectNoEvent(FIRST.minusMillis(1))
			.thenAwait(Duration.ofMillis(1))
			.expectError(TimeoutException.class)
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void sourceThatStallsAfterAnElementTimesOutAfterTheIdleTimeout() {
		withClock(() -> IdleTimeout.apply(Flux.just("a").concatWith(Flux.never()), FIRST, IDLE, virtualTime()),
				Long.MAX_VALUE)
			.expectNext("a")
			.expectNoEvent(IDLE.minusMillis(1))
			.thenAwait(Duration.ofMillis(1))
			.expectError(TimeoutException.class)
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void sourceThatEmitsWithinTheIdleTimeoutCompletes() {
		withClock(() -> IdleTimeout.apply(Flux.interval(IDLE.minusMillis(100)).take(5), IDLE.minusMillis(50),
					IDLE, virtualTime()), Long.MAX_VALUE)
			.thenAwait(Duration.ofMinutes(1))
			.expectNextCount(5)
			.expectComplete()
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void slowConsumerThatRequestsLaterDoesNotTimeOut() {
		withClock(() -> IdleTimeout.apply(Flux.range(1, 3), FIRST, IDLE, virtualTime()), 1)
			.expectNext(1)
			.expectNoEvent(Duration.ofMinutes(10))
			.thenRequest(2)
			.expectNext(2, 3)
			.expectComplete()
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void firstTimeoutWaitsForTheFirstRequest() {
		withClock(() -> IdleTimeout.apply(Flux.just("a"), FIRST, IDLE, virtualTime()), 0)
			.expectSubscription()
			.expectNoEvent(Duration.ofMinutes(10))
			.thenRequest(1)
			.expectNext("a")
			.expectComplete()
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void firstTimeoutStartsOnceTheFirstRequestArrives() {
		withClock(() -> IdleTimeout.apply(Flux.never(), FIRST, IDLE, virtualTime()), 0)
			.expectSubscription()
			.expectNoEvent(Duration.ofMinutes(10))
			.thenRequest(1)
			.expectNoEvent(FIRST.minusMillis(1))
			.thenAwait(Duration.ofMillis(1))
			.expectError(TimeoutException.class)
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void idleTimeoutRestartsWhenTheSlowConsumerRequestsMoreFromAStalledSource() {
		withClock(() -> IdleTimeout.apply(Flux.just(1, 2).concatWith(Flux.never()), FIRST, IDLE, virtualTime()), 1)
			.expectNext(1)
			.expectNoEvent(Duration.ofMinutes(10))
			.thenRequest(2)
			.expectNext(2)
			.expectNoEvent(IDLE.minusMillis(1))
			.thenAwait(Duration.ofMillis(1))
			.expectError(TimeoutException.class)
			.verify(Duration.ofSeconds(5));
	}

	/**
	 * The timer of the virtual time that the scenario runs on.
	 */
	private static StreamTimer virtualTime() {
		return StreamTimer.on(Schedulers.parallel());
	}

}
