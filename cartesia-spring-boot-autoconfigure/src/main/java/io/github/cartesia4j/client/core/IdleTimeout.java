package io.github.cartesia4j.client.core;

import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.concurrent.atomic.AtomicLongFieldUpdater;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxOperator;
import reactor.core.publisher.Operators;
import reactor.util.context.Context;

/**
 * Timeouts for streamed responses that only run while the caller is waiting: the first
 * element must arrive within {@code first}, and each later one within {@code idle} of the
 * previous. A caller that stops requesting (a slow consumer) stops the clock, so back-pressure
 * is never mistaken for a stalled server.
 * <p>
 * An element only moves a deadline; the alarm is armed once, for the shorter of the two
 * timeouts, and when it fires early it is re-armed for the remaining time. Scheduling an
 * alarm per element would wake the timer thread for every chunk of audio, which cost more
 * than the rest of the client together; the alarms go on a {@link StreamTimer}.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
final class IdleTimeout {

	private IdleTimeout() {
	}

	static <T> Flux<T> apply(Flux<T> source, Duration first, Duration idle) {
		return apply(source, first, idle, StreamTimer.shared());
	}

	static <T> Flux<T> apply(Flux<T> source, Duration first, Duration idle, StreamTimer timer) {
		return apply(source, first, idle, timer, (error, delivered) -> error);
	}

	/**
	 * Apply the timeouts, and pass every error (the source's and the timeout's) through a
	 * mapper that knows whether an element was delivered before it: one operator for what
	 * would otherwise take three on every element.
	 * @param <T> the element type
	 * @param source the source
	 * @param first the timeout for the first element
	 * @param idle the timeout for each later element
	 * @param timer the clock and alarms
	 * @param errors maps the error that ends the stream
	 * @return the stream with timeouts
	 */
	static <T> Flux<T> apply(Flux<T> source, Duration first, Duration idle, StreamTimer timer, ErrorMapper errors) {
		return new IdleTimeoutFlux<>(source, first.toNanos(), idle.toNanos(), timer, errors);
	}

	/**
	 * Maps the error that ends a stream.
	 */
	@FunctionalInterface
	interface ErrorMapper {

		/**
		 * Map an error.
		 * @param error the error
		 * @param delivered whether an element was delivered before it
		 * @return the error to end the stream with
		 */
		Throwable map(Throwable error, boolean delivered);

	}

	private static final class IdleTimeoutFlux<T> extends FluxOperator<T, T> {

		private final long firstNanos;

		private final long idleNanos;

		private final StreamTimer timer;

		private final ErrorMapper errors;

		IdleTimeoutFlux(Flux<T> source, long firstNanos, long idleNanos, StreamTimer timer, ErrorMapper errors) {
			super(source);
			this.firstNanos = firstNanos;
			this.idleNanos = idleNanos;
			this.timer = timer;
			this.errors = errors;
		}

		@Override
		public void subscribe(CoreSubscriber<? super T> actual) {
			this.source.subscribe(
					new IdleTimeoutSubscriber<>(actual, this.firstNanos, this.idleNanos, this.timer, this.errors));
		}

	}

	private static final class IdleTimeoutSubscriber<T> implements CoreSubscriber<T>, Subscription {

		private static final long STOPPED = Long.MAX_VALUE;

		private static final int IDLE = 0;

		private static final int EMITTING = 1;

		private static final int TIMED_OUT = 2;

		private static final int DONE = 3;

		private static final AtomicIntegerFieldUpdater<IdleTimeoutSubscriber> STATE = AtomicIntegerFieldUpdater
			.newUpdater(IdleTimeoutSubscriber.class, "state");

		private static final AtomicLongFieldUpdater<IdleTimeoutSubscriber> OUTSTANDING = AtomicLongFieldUpdater
			.newUpdater(IdleTimeoutSubscriber.class, "outstanding");

		private final CoreSubscriber<? super T> actual;

		private final long firstNanos;

		private final long idleNanos;

		private final StreamTimer timer;

		private final ErrorMapper errors;

		private @Nullable Subscription upstream;

		private volatile int state;

		private volatile long outstanding;

		private volatile long deadline = STOPPED;

		private volatile long armedFor = STOPPED;

		private volatile boolean delivered;

		private volatile boolean cancelled;

		private @Nullable Disposable task;

		IdleTimeoutSubscriber(CoreSubscriber<? super T> actual, long firstNanos, long idleNanos, StreamTimer timer,
				ErrorMapper errors) {
			this.actual = actual;
			this.firstNanos = firstNanos;
			this.idleNanos = idleNanos;
			this.timer = timer;
			this.errors = errors;
		}

		@Override
		public Context currentContext() {
			return this.actual.currentContext();
		}

		@Override
		public void onSubscribe(Subscription subscription) {
			if (Operators.validate(this.upstream, subscription)) {
				this.upstream = subscription;
				this.actual.onSubscribe(this);
			}
		}

		@Override
		public void request(long n) {
			if (!Operators.validate(n)) {
				return;
			}
			long previous = Operators.addCap(OUTSTANDING, this, n);
			if (previous == 0) {
				startClock();
			}
			this.upstream.request(n);
		}

		@Override
		public void onNext(T item) {
			if (!STATE.compareAndSet(this, IDLE, EMITTING)) {
				Operators.onDiscard(item, currentContext());
				return;
			}
			if (!this.delivered) {
				this.delivered = true;
			}
			this.deadline = STOPPED;
			long left = (this.outstanding == Long.MAX_VALUE) ? Long.MAX_VALUE : OUTSTANDING.decrementAndGet(this);
			this.actual.onNext(item);
			if (!STATE.compareAndSet(this, EMITTING, IDLE)) {
				this.state = DONE;
				this.actual.onError(mapped(timeoutError()));
				return;
			}
			if (left > 0 || this.outstanding > 0) {
				startClock();
			}
		}

		@Override
		public void onError(Throwable error) {
			if (STATE.compareAndSet(this, IDLE, DONE)) {
				disarm();
				this.actual.onError(mapped(error));
			}
			else {
				Operators.onErrorDropped(error, currentContext());
			}
		}

		@Override
		public void onComplete() {
			if (STATE.compareAndSet(this, IDLE, DONE)) {
				disarm();
				this.actual.onComplete();
			}
		}

		@Override
		public void cancel() {
			this.cancelled = true;
			disarm();
			this.upstream.cancel();
		}

		private void startClock() {
			long now = now();
			long due = now + (this.delivered ? this.idleNanos : this.firstNanos);
			this.deadline = due;
			if (this.armedFor > due) {
				// Armed for the shorter idle timeout, a longer first wait re-arms once when
				// the alarm fires, and the first element then needs no new alarm.
				arm(Math.min(due, now + this.idleNanos));
			}
		}

		private synchronized void arm(long due) {
			if (this.armedFor <= due || this.cancelled || this.state >= TIMED_OUT) {
				return;
			}
			this.armedFor = due;
			Disposable previous = this.task;
			this.task = this.timer.schedule(new Alarm(due), Math.max(0, due - now()));
			if (previous != null) {
				previous.dispose();
			}
		}

		private synchronized void disarm() {
			this.armedFor = STOPPED;
			if (this.task != null) {
				this.task.dispose();
				this.task = null;
			}
		}

		private void fire(long armed) {
			synchronized (this) {
				if (this.armedFor == armed) {
					this.armedFor = STOPPED;
				}
			}
			if (this.cancelled || this.state >= TIMED_OUT) {
				return;
			}
			long due = this.deadline;
			if (due == STOPPED) {
				return;
			}
			if (now() < due) {
				arm(due);
				return;
			}
			while (true) {
				int current = this.state;
				if (current == IDLE && STATE.compareAndSet(this, IDLE, DONE)) {
					this.upstream.cancel();
					this.actual.onError(mapped(timeoutError()));
					return;
				}
				if (current == EMITTING && STATE.compareAndSet(this, EMITTING, TIMED_OUT)) {
					this.upstream.cancel();
					return;
				}
				if (current >= TIMED_OUT) {
					return;
				}
			}
		}

		private long now() {
			return this.timer.nanoTime();
		}

		private Throwable mapped(Throwable error) {
			return this.errors.map(error, this.delivered);
		}

		private TimeoutException timeoutError() {
			long nanos = this.delivered ? this.idleNanos : this.firstNanos;
			return new TimeoutException("Did not observe any item or terminal signal within "
					+ Duration.ofNanos(nanos).toMillis() + "ms");
		}

		/**
		 * A timer task armed for one deadline; it checks the current deadline when it runs.
		 */
		private final class Alarm implements Runnable {

			private final long armed;

			Alarm(long armed) {
				this.armed = armed;
			}

			@Override
			public void run() {
				fire(this.armed);
			}

		}

	}

}
