package io.github.cartesia4j.benchmarks;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;

/**
 * What happened to each context of one round of the WebSocket benchmark: when it was started,
 * when its first audio arrived, how much audio and whether its {@code done} arrived. A side
 * notes the events of context {@code i} from one thread at a time (its connection's event
 * loop); {@link #await(Duration)} reads them once every context has ended, and fails unless
 * every context received all its audio and its {@code done}.
 *
 * @author cartesia4j
 */
final class ContextRound {

	private final String side;

	private final int expectedChunks;

	private final long expectedBytes;

	private final long[] starts;

	private final long[] firstAudio;

	private final long[] bytes;

	private final int[] chunks;

	private final boolean[] done;

	private final boolean[] ended;

	private final CountDownLatch remaining;

	private final AtomicReference<@Nullable String> failure = new AtomicReference<>();

	private final AtomicReference<@Nullable Throwable> error = new AtomicReference<>();

	ContextRound(String side, int contexts, int expectedChunks, long expectedBytes) {
		this.side = side;
		this.expectedChunks = expectedChunks;
		this.expectedBytes = expectedBytes;
		this.starts = new long[contexts];
		this.firstAudio = new long[contexts];
		this.bytes = new long[contexts];
		this.chunks = new int[contexts];
		this.done = new boolean[contexts];
		this.ended = new boolean[contexts];
		this.remaining = new CountDownLatch(contexts);
	}

	/**
	 * Return the number of contexts to start.
	 * @return the number of contexts
	 */
	int contexts() {
		return this.starts.length;
	}

	/**
	 * Note that context {@code i} starts now; call just before the side calls into its client
	 * for it.
	 * @param i the context
	 */
	void started(int i) {
		this.starts[i] = System.nanoTime();
	}

	/**
	 * Note an audio chunk of context {@code i}.
	 * @param i the context
	 * @param audioBytes the decoded audio bytes of the chunk
	 */
	void chunk(int i, int audioBytes) {
		if (this.firstAudio[i] == 0) {
			this.firstAudio[i] = System.nanoTime();
		}
		if (this.done[i]) {
			failed(i, "audio after done");
		}
		this.chunks[i]++;
		this.bytes[i] += audioBytes;
	}

	/**
	 * Note the {@code done} of context {@code i}.
	 * @param i the context
	 */
	void done(int i) {
		if (this.done[i]) {
			failed(i, "a second done");
		}
		this.done[i] = true;
	}

	/**
	 * Note that context {@code i} will see nothing more: its events completed (after
	 * {@code done}, or failed).
	 * @param i the context
	 */
	void ended(int i) {
		if (!this.ended[i]) {
			this.ended[i] = true;
			this.remaining.countDown();
		}
	}

	/**
	 * Note that context {@code i} failed; it ends.
	 * @param i the context
	 * @param ex the failure
	 */
	void failed(int i, Throwable ex) {
		this.error.compareAndSet(null, ex);
		failed(i, ex.toString());
	}

	/**
	 * Note that something went wrong on the connection, outside any context.
	 * @param what what went wrong
	 */
	void broken(String what) {
		this.failure.compareAndSet(null, what);
		while (this.remaining.getCount() > 0) {
			this.remaining.countDown();
		}
	}

	/**
	 * Wait until every context has ended, check that each received all its audio and its
	 * {@code done}, and return the first-audio times.
	 * @param timeout how long to wait
	 * @return the time from the start of each context to its first audio, in nanoseconds
	 * @throws IllegalStateException if a context failed, lost audio or did not end in time
	 */
	long[] await(Duration timeout) {
		boolean all;
		try {
			all = this.remaining.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(this.side + ": interrupted", ex);
		}
		String failed = this.failure.get();
		if (failed != null) {
			throw new IllegalStateException(this.side + ": " + failed, this.error.get());
		}
		if (!all) {
			throw new IllegalStateException(this.side + ": " + this.remaining.getCount() + " of " + contexts()
					+ " contexts did not end within " + timeout.toSeconds() + " s");
		}
		long[] times = new long[contexts()];
		int incomplete = 0;
		String example = null;
		for (int i = 0; i < times.length; i++) {
			if (!this.done[i] || this.chunks[i] != this.expectedChunks || this.bytes[i] != this.expectedBytes
					|| this.firstAudio[i] == 0) {
				incomplete++;
				if (example == null) {
					example = "context " + i + " received " + this.chunks[i] + " chunks, " + this.bytes[i]
							+ " bytes, done " + this.done[i] + "; expected " + this.expectedChunks + " chunks, "
							+ this.expectedBytes + " bytes and done";
				}
			}
			times[i] = this.firstAudio[i] - this.starts[i];
		}
		if (incomplete > 0) {
			throw new IllegalStateException(this.side + ": " + incomplete + " of " + contexts()
					+ " contexts are incomplete, for example " + example);
		}
		return times;
	}

	private void failed(int i, String what) {
		broken("context " + i + " failed: " + what);
	}

}
