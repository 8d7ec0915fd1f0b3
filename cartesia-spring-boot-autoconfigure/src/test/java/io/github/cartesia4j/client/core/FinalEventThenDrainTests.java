package io.github.cartesia4j.client.core;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;
import reactor.test.publisher.TestPublisher;
import reactor.test.scheduler.VirtualTimeScheduler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link FinalEventThenDrain}: the stream ends at its final event; the rest of the source is
 * read, not cancelled, for at most the drain time, and its end completes the stream.
 */
class FinalEventThenDrainTests {

	private static final Duration VERIFY = Duration.ofSeconds(5);

	private static final Duration DRAIN = Duration.ofSeconds(5);

	@Test
	void afterTheFinalEventTheRestOfTheSourceIsReadNotCancelledAndItsEndCompletesTheStream() {
		TestPublisher<String> source = TestPublisher.create();
		StepVerifier.create(untilDone(source.flux(), StreamTimer.shared()))
			.then(() -> source.next("a", "done"))
			.expectNext("a", "done")
			.then(() -> {
				source.assertNotCancelled();
				source.assertMinRequested(Long.MAX_VALUE);
			})
			.then(() -> source.next("after the end").complete())
			.expectComplete()
			.verify(VERIFY);
		source.assertNotCancelled();
	}

	@Test
	void anErrorAfterTheFinalEventIsNotTheCallersConcern() {
		TestPublisher<String> source = TestPublisher.create();
		StepVerifier.create(untilDone(source.flux(), StreamTimer.shared()))
			.then(() -> source.next("done"))
			.expectNext("done")
			.then(() -> source.error(new IOException("reset after the end")))
			.expectComplete()
			.verify(VERIFY);
	}

	@Test
	void theCallerCancellingWhileTheRestIsReadCancelsTheSource() {
		TestPublisher<String> source = TestPublisher.create();
		StepVerifier.create(untilDone(source.flux(), StreamTimer.shared()))
			.then(() -> source.next("done"))
			.expectNext("done")
			.thenCancel()
			.verify(VERIFY);
		source.assertCancelled();
	}

	@Test
	void aSourceThatEndsBeforeItsFinalEventIsAnError() {
		StepVerifier.create(untilDone(Flux.just("a", "b"), StreamTimer.shared()))
			.expectNext("a", "b")
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(CartesiaDecodingException.class)
				.hasMessage("ended early"))
			.verify(VERIFY);
	}

	@Test
	void aSourceErrorBeforeTheFinalEventReachesTheCaller() {
		IOException failure = new IOException("reset");
		StepVerifier.create(untilDone(Flux.concat(Flux.just("a"), Flux.error(failure)), StreamTimer.shared()))
			.expectNext("a")
			.expectErrorSatisfies((ex) -> assertThat(ex).isSameAs(failure))
			.verify(VERIFY);
	}

	@Test
	void theCallerCancellingBeforeTheFinalEventCancelsTheSource() {
		TestPublisher<String> source = TestPublisher.create();
		StepVerifier.create(untilDone(source.flux(), StreamTimer.shared()))
			.then(() -> source.next("a"))
			.expectNext("a")
			.thenCancel()
			.verify(VERIFY);
		source.assertCancelled();
	}

	@Test
	void backPressureBeforeTheFinalEventIsPassedOn() {
		TestPublisher<String> source = TestPublisher.create();
		StepVerifier.create(untilDone(source.flux(), StreamTimer.shared()), 1)
			.then(() -> source.assertMaxRequested(1))
			.then(() -> source.next("a"))
			.expectNext("a")
			.thenRequest(2)
			.then(() -> source.assertMaxRequested(2))
			.then(() -> source.next("done"))
			.expectNext("done")
			.then(source::complete)
			.expectComplete()
			.verify(VERIFY);
	}

	@Test
	void aSourceThatDoesNotFinishWithinTheDrainTimeIsCancelledAndTheStreamCompletes() {
		VirtualTimeScheduler clock = VirtualTimeScheduler.create();
		TestPublisher<String> source = TestPublisher.create();
		StepVerifier.create(untilDone(source.flux(), StreamTimer.on(clock)))
			.then(() -> source.next("done"))
			.expectNext("done")
			.then(() -> clock.advanceTimeBy(DRAIN.minusMillis(1)))
			.then(source::assertNotCancelled)
			.expectNoEvent(Duration.ofMillis(50))
			.then(() -> clock.advanceTimeBy(Duration.ofMillis(1)))
			.expectComplete()
			.verify(VERIFY);
		source.assertCancelled();
	}

	@Test
	void aSourceThatFinishesWithinTheDrainTimeIsNeverCancelled() {
		VirtualTimeScheduler clock = VirtualTimeScheduler.create();
		TestPublisher<String> source = TestPublisher.create();
		StepVerifier.create(untilDone(source.flux(), StreamTimer.on(clock)))
			.then(() -> source.next("done"))
			.expectNext("done")
			.then(source::complete)
			.expectComplete()
			.verify(VERIFY);
		clock.advanceTimeBy(Duration.ofMinutes(1));
		source.assertNotCancelled();
	}

	private static Flux<String> untilDone(Flux<String> source, StreamTimer timer) {
		return new FinalEventThenDrain<>(source, "done"::equals, "ended early", DRAIN, timer);
	}

}
