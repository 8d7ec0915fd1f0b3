package io.github.cartesia4j.client.core;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * Tests for {@link IdleTimeout}, on virtual time.
 *
 * @author cartesia4j
 */
class IdleTimeoutArmingTests {

	private static final Duration FIRST = Duration.ofSeconds(10);

	private static final Duration IDLE = Duration.ofSeconds(2);

	private static final Duration VERIFY = Duration.ofSeconds(5);

	@Test
	void whenNothingArrivesThenTheFirstTimeoutFires() {
		StepVerifier.withVirtualTime(() -> IdleTimeout.apply(Flux.never(), FIRST, IDLE, virtualTime()))
			.expectSubscription()
			.expectNoEvent(FIRST.minusMillis(1))
			.thenAwait(Duration.ofMillis(1))
			.expectError(TimeoutException.class)
			.verify(VERIFY);
	}

	@Test
	void whenTheStreamStallsAfterAnElementThenTheShorterIdleTimeoutFires() {
		StepVerifier.withVirtualTime(() -> IdleTimeout.apply(Flux.concat(Mono.just(1), Flux.never()), FIRST, IDLE, virtualTime()))
			.expectNext(1)
			.expectNoEvent(IDLE.minusMillis(1))
			.thenAwait(Duration.ofMillis(1))
			.expectError(TimeoutException.class)
			.verify(VERIFY);
	}

	@Test
	void whenEveryElementArrivesWithinTheIdleTimeoutThenTheStreamCompletes() {
		StepVerifier
			.withVirtualTime(() -> IdleTimeout.apply(Flux.range(1, 20).delayElements(IDLE.minusMillis(1)), FIRST, IDLE, virtualTime()))
			.thenAwait(Duration.ofMinutes(1))
			.expectNextCount(20)
			.expectComplete()
			.verify(VERIFY);
	}

	@Test
	void whenTheGapBetweenTwoElementsExceedsTheIdleTimeoutThenItFires() {
		StepVerifier
			.withVirtualTime(() -> IdleTimeout.apply(Flux.concat(Flux.range(1, 3).delayElements(Duration.ofSeconds(1)),
					Mono.delay(IDLE.plusMillis(1)).thenReturn(4)), FIRST, IDLE, virtualTime()))
			.thenAwait(Duration.ofSeconds(3))
			.expectNext(1, 2, 3)
			.thenAwait(IDLE)
			.expectError(TimeoutException.class)
			.verify(VERIFY);
	}

	@Test
	void whenTheCallerStopsRequestingThenTheClockStops() {
		StepVerifier.withVirtualTime(() -> IdleTimeout.apply(Flux.concat(Flux.range(1, 2), Flux.never()), FIRST, IDLE, virtualTime()),
				0)
			.expectSubscription()
			.expectNoEvent(Duration.ofMinutes(1))
			.thenRequest(1)
			.expectNext(1)
			.expectNoEvent(Duration.ofMinutes(1))
			.thenRequest(1)
			.expectNext(2)
			.expectNoEvent(Duration.ofMinutes(1))
			.thenRequest(1)
			.expectNoEvent(IDLE.minusMillis(1))
			.thenAwait(Duration.ofMillis(1))
			.expectError(TimeoutException.class)
			.verify(VERIFY);
	}

	@Test
	void whenTheCallerCancelsThenNoTimeoutFollows() {
		StepVerifier.withVirtualTime(() -> IdleTimeout.apply(Flux.concat(Mono.just(1), Flux.never()), FIRST, IDLE, virtualTime()))
			.expectNext(1)
			.thenCancel()
			.verify(VERIFY);
		StepVerifier.withVirtualTime(() -> IdleTimeout.apply(Flux.concat(Mono.just(1), Flux.never()), FIRST, IDLE, virtualTime())
			.take(1))
			.expectNext(1)
			.expectComplete()
			.verify(VERIFY);
	}

	@Test
	void whenTheSourceFailsThenItsErrorPassesThrough() {
		IllegalStateException failure = new IllegalStateException("boom");
		StepVerifier.withVirtualTime(() -> IdleTimeout.apply(Flux.concat(Mono.just(1), Mono.error(failure)), FIRST, IDLE, virtualTime()))
			.expectNext(1)
			.expectErrorMatches((ex) -> ex == failure)
			.verify(VERIFY);
	}

	@Test
	void whenTheStreamCompletesThenLaterTimeNeverTurnsIntoAnError() {
		StepVerifier.withVirtualTime(() -> IdleTimeout.apply(Flux.range(1, 3), FIRST, IDLE, virtualTime()))
			.expectNext(1, 2, 3)
			.expectComplete()
			.verify(VERIFY);
	}

	/**
	 * The timer of the virtual time that the scenario runs on.
	 */
	private static StreamTimer virtualTime() {
		return StreamTimer.on(Schedulers.parallel());
	}

}
