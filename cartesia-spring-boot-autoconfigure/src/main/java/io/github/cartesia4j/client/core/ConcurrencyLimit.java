package io.github.cartesia4j.client.core;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;
import reactor.core.scheduler.Schedulers;

import org.springframework.util.Assert;

/**
 * Bounds how many calls of one client are in flight at once, as Cartesia rejects requests
 * beyond an account's concurrency with 429 {@code concurrency_limited}. A call holds its slot
 * from subscription until it completes, fails or is cancelled, retries included. When all
 * slots are taken a call waits up to {@code maxWait} in arrival order, or fails at once with
 * {@link CartesiaConcurrencyLimitException} when {@code maxWait} is zero.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public final class ConcurrencyLimit {

	/**
	 * No limit.
	 */
	public static final ConcurrencyLimit UNLIMITED = new ConcurrencyLimit(Integer.MAX_VALUE, Duration.ZERO);

	private final int maxInFlight;

	private final Duration maxWait;

	private final Deque<Waiter> waiters = new ArrayDeque<>();

	private int inFlight;

	private ConcurrencyLimit(int maxInFlight, Duration maxWait) {
		this.maxInFlight = maxInFlight;
		this.maxWait = maxWait;
	}

	/**
	 * Create a limit.
	 * @param maxInFlight calls allowed at once, at least 1
	 * @param maxWait how long a call may wait for a slot; zero fails at once
	 * @return the limit
	 */
	public static ConcurrencyLimit of(int maxInFlight, Duration maxWait) {
		Assert.isTrue(maxInFlight >= 1, "'maxInFlight' must be at least 1");
		Assert.isTrue(maxWait != null && !maxWait.isNegative(), "'maxWait' must not be negative");
		return new ConcurrencyLimit(maxInFlight, maxWait);
	}

	/**
	 * Run a call within the limit.
	 * @param <T> the element type
	 * @param call the call
	 * @param name the call's name, for the error message
	 * @return the limited call
	 */
	public <T> Flux<T> limit(Flux<T> call, String name) {
		if (this == UNLIMITED) {
			return call;
		}
		return Flux.usingWhen(acquire(name), (slot) -> call, Slot::release, (slot, error) -> slot.release(),
				Slot::release);
	}

	/**
	 * Return the number of calls in flight.
	 * @return the count
	 */
	public synchronized int inFlight() {
		return this.inFlight;
	}

	private Mono<Slot> acquire(String name) {
		return Mono.create((sink) -> {
			Waiter waiter = null;
			boolean acquired = false;
			synchronized (this) {
				if (this.inFlight < this.maxInFlight) {
					this.inFlight++;
					acquired = true;
				}
				else if (!this.maxWait.isZero()) {
					waiter = new Waiter(sink);
					this.waiters.add(waiter);
				}
			}
			if (acquired) {
				sink.success(new Slot());
				return;
			}
			if (waiter == null) {
				sink.error(rejected(name, "the limit is reached"));
				return;
			}
			Waiter queued = waiter;
			queued.timer = Schedulers.parallel().schedule(() -> {
				if (dequeue(queued)) {
					sink.error(rejected(name, "no slot became free within " + this.maxWait));
				}
			}, this.maxWait.toNanos(), TimeUnit.NANOSECONDS);
			sink.onCancel(() -> {
				queued.cancelTimer();
				if (!dequeue(queued)) {
					release();
				}
			});
		});
	}

	private CartesiaConcurrencyLimitException rejected(String name, String reason) {
		return new CartesiaConcurrencyLimitException(name + " was not sent: " + this.maxInFlight
				+ " calls are already in flight and " + reason + " (cartesia.concurrency.max-in-flight)");
	}

	private synchronized boolean dequeue(Waiter waiter) {
		return this.waiters.remove(waiter);
	}

	private void release() {
		Waiter next;
		synchronized (this) {
			next = this.waiters.poll();
			if (next == null) {
				this.inFlight--;
				return;
			}
		}
		next.cancelTimer();
		next.sink.success(new Slot());
	}

	private final class Slot {

		private final AtomicBoolean released = new AtomicBoolean();

		Mono<Void> release() {
			return Mono.fromRunnable(() -> {
				if (this.released.compareAndSet(false, true)) {
					ConcurrencyLimit.this.release();
				}
			});
		}

	}

	private static final class Waiter {

		private final MonoSink<Slot> sink;

		private volatile @Nullable Disposable timer;

		Waiter(MonoSink<Slot> sink) {
			this.sink = sink;
		}

		void cancelTimer() {
			Disposable running = this.timer;
			if (running != null) {
				running.dispose();
			}
		}

	}

}
