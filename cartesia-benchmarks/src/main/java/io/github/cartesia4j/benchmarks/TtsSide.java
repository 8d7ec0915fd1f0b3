package io.github.cartesia4j.benchmarks;

import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;

/**
 * One side of a comparison: a way to call {@code /tts/bytes} and {@code /tts/sse} and consume
 * the whole response. Each call notes when it was subscribed and when its first audio arrived.
 *
 * @author cartesia4j
 */
interface TtsSide {

	/**
	 * Return the side's name in the results.
	 * @return the name
	 */
	String name();

	/**
	 * Request audio bytes and consume them.
	 * @param timing receives the first-audio time
	 * @return the number of audio bytes received
	 */
	Mono<Long> bytes(Timing timing);

	/**
	 * Request audio as Server-Sent Events and consume them.
	 * @param timing receives the first-audio time
	 * @return the number of body bytes (raw) or decoded audio bytes (client) received
	 */
	Mono<Long> sse(Timing timing);

	/**
	 * Count a body buffer, note that audio arrived and release the buffer: how every side
	 * that streams buffers consumes them.
	 * @param timing receives the first-audio time
	 * @param count the bytes counted so far
	 * @param buffer the buffer
	 * @return the new count
	 */
	static long countAndRelease(Timing timing, long count, DataBuffer buffer) {
		timing.audio();
		int length = buffer.readableByteCount();
		DataBufferUtils.release(buffer);
		return count + length;
	}

	/**
	 * Times of one call, in {@link System#nanoTime()} units.
	 */
	final class Timing {

		long start;

		long firstAudio;

		/**
		 * Note that the call starts now.
		 * @return this timing
		 */
		Timing start() {
			this.start = System.nanoTime();
			this.firstAudio = 0;
			return this;
		}

		/**
		 * Note that audio arrived now, if it is the first.
		 */
		void audio() {
			if (this.firstAudio == 0) {
				this.firstAudio = System.nanoTime();
			}
		}

		/**
		 * Return the time from the start to the first audio.
		 * @return the time in nanoseconds
		 */
		long firstAudioNanos() {
			return this.firstAudio - this.start;
		}

	}

}
