package io.github.cartesia4j.client.core;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link IdleTimeout} on the shared wheel timer, in real time: alarms may fire a tick late,
 * never early, and the shorter idle timeout applies once an element arrived.
 */
class IdleTimeoutSharedTimerTests {

	@Test
	void nothingArrivingTimesOutNoEarlierThanTheFirstTimeout() {
		Duration elapsed = StepVerifier.create(IdleTimeout.apply(Flux.never(), Duration.ofMillis(300),
				Duration.ofMillis(100)))
			.expectError(TimeoutException.class)
			.verify(Duration.ofSeconds(10));
		assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(300));
	}

	@Test
	void aStallAfterAnElementTimesOutAfterTheIdleTimeoutNotTheFirst() {
		Duration elapsed = StepVerifier
			.create(IdleTimeout.apply(Flux.just("a").concatWith(Flux.never()), Duration.ofSeconds(30),
					Duration.ofMillis(200)))
			.expectNext("a")
			.expectError(TimeoutException.class)
			.verify(Duration.ofSeconds(10));
		assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(200)).isLessThan(Duration.ofSeconds(30));
	}

	@Test
	void elementsWithinTheIdleTimeoutComplete() {
		StepVerifier.create(IdleTimeout.apply(Flux.interval(Duration.ofMillis(20)).take(10), Duration.ofSeconds(5),
				Duration.ofSeconds(5)))
			.expectNextCount(10)
			.expectComplete()
			.verify(Duration.ofSeconds(10));
	}

}
