package io.github.cartesia4j.client.core;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

class ConcurrencyLimitTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private final AtomicInteger subscribed = new AtomicInteger();

	@Test
	void callsBeyondTheLimitWaitForAFreeSlotInArrivalOrder() {
		ConcurrencyLimit limit = ConcurrencyLimit.of(2, Duration.ofSeconds(5));
		Sinks.Many<String> first = Sinks.many().unicast().onBackpressureBuffer();
		Sinks.Many<String> second = Sinks.many().unicast().onBackpressureBuffer();
		Disposable one = limit.limit(tracked(first.asFlux()), "tts.bytes").subscribe();
		Disposable two = limit.limit(tracked(second.asFlux()), "tts.bytes").subscribe();
		StepVerifier.create(limit.limit(tracked(Flux.just("third")), "tts.bytes"))
			.then(() -> {
				assertThat(this.subscribed).hasValue(2);
				assertThat(limit.inFlight()).isEqualTo(2);
				first.tryEmitComplete();
			})
			.expectNext("third")
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(this.subscribed).hasValue(3);
		second.tryEmitComplete();
		assertThat(limit.inFlight()).isZero();
		one.dispose();
		two.dispose();
	}

	@Test
	void withoutWaitingACallBeyondTheLimitFailsAndIsNeverSent() {
		ConcurrencyLimit limit = ConcurrencyLimit.of(1, Duration.ZERO);
		Disposable running = limit.limit(tracked(Flux.never()), "tts.bytes").subscribe();
		StepVerifier.create(limit.limit(tracked(Flux.just("x")), "tts.bytes"))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(CartesiaConcurrencyLimitException.class)
				.hasMessageContaining("tts.bytes")
				.hasMessageContaining("cartesia.concurrency.max-in-flight"))
			.verify(TIMEOUT);
		assertThat(this.subscribed).hasValue(1);
		running.dispose();
		assertThat(limit.inFlight()).isZero();
	}

	@Test
	void aWaitingCallGivesUpAfterMaxWait() {
		ConcurrencyLimit limit = ConcurrencyLimit.of(1, Duration.ofMillis(100));
		Disposable running = limit.limit(tracked(Flux.never()), "voices.list").subscribe();
		StepVerifier.create(limit.limit(tracked(Flux.just("x")), "voices.list"))
			.expectError(CartesiaConcurrencyLimitException.class)
			.verify(TIMEOUT);
		assertThat(this.subscribed).hasValue(1);
		running.dispose();
		assertThat(limit.inFlight()).isZero();
	}

	@Test
	void cancellingOrFailingReleasesTheSlot() {
		ConcurrencyLimit limit = ConcurrencyLimit.of(1, Duration.ZERO);
		limit.limit(tracked(Flux.never()), "a").subscribe().dispose();
		assertThat(limit.inFlight()).isZero();
		StepVerifier.create(limit.limit(Flux.error(new CartesiaException("boom")), "b"))
			.expectErrorMessage("boom")
			.verify(TIMEOUT);
		assertThat(limit.inFlight()).isZero();
		StepVerifier.create(limit.limit(tracked(Flux.just("ok")), "c")).expectNext("ok").expectComplete().verify(TIMEOUT);
	}

	@Test
	void aCancelledWaiterDoesNotTakeTheNextSlot() {
		ConcurrencyLimit limit = ConcurrencyLimit.of(1, Duration.ofSeconds(5));
		Sinks.Many<String> first = Sinks.many().unicast().onBackpressureBuffer();
		Disposable running = limit.limit(tracked(first.asFlux()), "a").subscribe();
		limit.limit(tracked(Flux.just("never")), "b").subscribe().dispose();
		first.tryEmitComplete();
		assertThat(limit.inFlight()).isZero();
		StepVerifier.create(limit.limit(tracked(Flux.just("ok")), "c")).expectNext("ok").expectComplete().verify(TIMEOUT);
		assertThat(this.subscribed).hasValue(2);
		running.dispose();
	}

	private <T> Flux<T> tracked(Flux<T> source) {
		return source.doOnSubscribe((subscription) -> this.subscribed.incrementAndGet());
	}

}
