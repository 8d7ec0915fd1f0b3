package io.github.cartesia4j.test.simulator;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import reactor.core.publisher.Flux;

/**
 * The recording of a simulated call: a 16-bit mono WAV file of the {@link SyntheticSpeech}
 * of its transcript, the header in the first chunk, produced chunk by chunk as the response
 * is written.
 *
 * @author cartesia4j
 */
final class AgentsCallAudio {

	static final String CONTENT_TYPE = "audio/wav";

	private AgentsCallAudio() {
	}

	static Flux<ByteBuf> create(SyntheticSpeech speech, SimulatorSettings settings, ByteBufAllocator allocator) {
		return Flux.defer(() -> {
			PcmChunks chunks = new PcmChunks(speech, PcmEncoding.PCM_S16LE, settings.chunkSamples(speech.sampleRate()));
			byte[] header = WavHeader.create(PcmEncoding.PCM_S16LE, speech.sampleRate(), speech.sampleCount());
			return ChunkPacing.indices(chunks.count(), settings.chunkDelay()).map((index) -> {
				int length = chunks.render(index);
				int headerLength = (index == 0) ? header.length : 0;
				ByteBuf buffer = allocator.buffer(headerLength + length);
				buffer.writeBytes(header, 0, headerLength);
				buffer.writeBytes(chunks.bytes(), 0, length);
				return buffer;
			});
		});
	}

}
