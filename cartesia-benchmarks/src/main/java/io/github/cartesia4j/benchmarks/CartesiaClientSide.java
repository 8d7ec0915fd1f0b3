package io.github.cartesia4j.benchmarks;

import reactor.core.publisher.Mono;


import io.github.cartesia4j.client.tts.TtsClient;
import io.github.cartesia4j.client.tts.TtsEvent;
import io.github.cartesia4j.client.tts.TtsRequest;

/**
 * The side under test: {@link TtsClient#bytesAsDataBuffers} (or {@link TtsClient#bytes} when
 * built {@link #arrays}) and {@link TtsClient#sse}, consumed the way an application would,
 * counting the audio it receives and releasing the buffers it owns.
 *
 * @author cartesia4j
 */
final class CartesiaClientSide implements TtsSide {

	private final String name;

	private final TtsClient tts;

	private final TtsRequest bytesRequest;

	private final TtsRequest sseRequest;

	private final boolean arrays;

	CartesiaClientSide(String name, TtsClient tts, TtsRequest bytesRequest, TtsRequest sseRequest, boolean arrays) {
		this.name = name;
		this.tts = tts;
		this.bytesRequest = bytesRequest;
		this.sseRequest = sseRequest;
		this.arrays = arrays;
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public Mono<Long> bytes(Timing timing) {
		if (this.arrays) {
			return this.tts.bytes(this.bytesRequest).reduce(0L, (count, chunk) -> {
				timing.audio();
				return count + chunk.length;
			});
		}
		return this.tts.bytesAsDataBuffers(this.bytesRequest)
			.reduce(0L, (count, buffer) -> TtsSide.countAndRelease(timing, count, buffer));
	}

	@Override
	public Mono<Long> sse(Timing timing) {
		return this.tts.sse(this.sseRequest).reduce(0L, (count, event) -> {
			if (event instanceof TtsEvent.Chunk chunk) {
				timing.audio();
				return count + chunk.audio().length;
			}
			return count;
		});
	}

}
