package io.github.cartesia4j.benchmarks;

import reactor.core.publisher.Mono;

import io.github.cartesia4j.client.tts.TtsClient;
import io.github.cartesia4j.client.tts.TtsEvent;
import io.github.cartesia4j.client.tts.TtsRequest;

/**
 * The side under test: {@link TtsClient#bytes} and {@link TtsClient#sse}, consumed the way an
 * application would, counting the audio it receives.
 *
 * @author cartesia4j
 */
final class CartesiaClientSide implements TtsSide {

	private final String name;

	private final TtsClient tts;

	private final TtsRequest bytesRequest;

	private final TtsRequest sseRequest;

	CartesiaClientSide(String name, TtsClient tts, TtsRequest bytesRequest, TtsRequest sseRequest) {
		this.name = name;
		this.tts = tts;
		this.bytesRequest = bytesRequest;
		this.sseRequest = sseRequest;
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public Mono<Long> bytes(Timing timing) {
		return this.tts.bytes(this.bytesRequest).reduce(0L, (count, chunk) -> {
			timing.audio();
			return count + chunk.length;
		});
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
