package io.github.cartesia4j.client.core;

import java.util.concurrent.TimeUnit;

import io.netty.util.HashedWheelTimer;
import io.netty.util.Timeout;
import io.netty.util.concurrent.DefaultThreadFactory;
import reactor.core.Disposable;
import reactor.core.scheduler.Scheduler;

/**
 * The clock and alarms behind the stream timeouts. The {@link #shared() shared} timer is a
 * hashed wheel on one daemon thread: arming and cancelling an alarm only queue it, so a
 * request that completes in time costs no lock and wakes no thread, where a scheduler's
 * delay queue would do both for every request. Alarms fire up to one tick (10 ms) late, never
 * early.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
abstract class StreamTimer {

	private static final long TICK_MILLIS = 10;

	/**
	 * Return the current time.
	 * @return the time in nanoseconds, only meaningful against other readings
	 */
	abstract long nanoTime();

	/**
	 * Run a task after a delay.
	 * @param task the task
	 * @param delayNanos the delay in nanoseconds
	 * @return disposing cancels the task
	 */
	abstract Disposable schedule(Runnable task, long delayNanos);

	/**
	 * Return the timer shared by all clients.
	 * @return the timer
	 */
	static StreamTimer shared() {
		return Wheel.INSTANCE;
	}

	/**
	 * Return a timer on a Reactor scheduler, whose clock it uses (for example virtual time).
	 * @param scheduler the scheduler
	 * @return the timer
	 */
	static StreamTimer on(Scheduler scheduler) {
		return new StreamTimer() {

			@Override
			long nanoTime() {
				return scheduler.now(TimeUnit.NANOSECONDS);
			}

			@Override
			Disposable schedule(Runnable task, long delayNanos) {
				return scheduler.schedule(task, delayNanos, TimeUnit.NANOSECONDS);
			}

		};
	}

	private static final class Wheel extends StreamTimer {

		static final Wheel INSTANCE = new Wheel();

		private final HashedWheelTimer wheel = new HashedWheelTimer(
				new DefaultThreadFactory("cartesia-stream-timeouts", true), TICK_MILLIS, TimeUnit.MILLISECONDS, 512,
				false);

		@Override
		long nanoTime() {
			return System.nanoTime();
		}

		@Override
		Disposable schedule(Runnable task, long delayNanos) {
			Timeout timeout = this.wheel.newTimeout((ignored) -> task.run(), delayNanos, TimeUnit.NANOSECONDS);
			return timeout::cancel;
		}

	}

}
