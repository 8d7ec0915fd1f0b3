package io.github.cartesia4j.test.simulator;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Settings shared by the simulator routes.
 *
 * @param apiKey the only accepted API key, or {@code null} to accept any non-blank key
 * @param chunkDuration the audio duration carried by one streamed chunk
 * @param chunkDelay the pause between two streamed chunks
 * @param recordRequests whether received requests are recorded
 * @author cartesia4j
 */
record SimulatorSettings(@Nullable String apiKey, Duration chunkDuration, Duration chunkDelay,
		boolean recordRequests) {

	int chunkSamples(int sampleRate) {
		long samples = Math.round(this.chunkDuration.toNanos() * (double) sampleRate / 1_000_000_000L);
		return (int) Math.max(1, Math.min(samples, Integer.MAX_VALUE / 8));
	}

}
