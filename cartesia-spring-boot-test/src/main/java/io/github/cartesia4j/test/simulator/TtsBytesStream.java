package io.github.cartesia4j.test.simulator;

import java.time.Duration;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import reactor.core.publisher.Flux;

/**
 * The body of a {@code /tts/bytes} response: raw PCM, WAV (header in the first chunk) or
 * silent MP3 frames, produced chunk by chunk as the response is written.
 *
 * @author cartesia4j
 */
final class TtsBytesStream {

	private TtsBytesStream() {
	}

	static Flux<ByteBuf> create(TtsRequestSpec request, SimulatorSettings settings, ByteBufAllocator allocator) {
		AudioFormat format = request.outputFormat();
		SyntheticSpeech speech = request.speech();
		int chunkSamples = settings.chunkSamples(format.sampleRate());
		if (format.container() == AudioContainer.MP3) {
			return mp3(speech, format, chunkSamples, settings.chunkDelay(), allocator);
		}
		return Flux.defer(() -> pcm(speech, format, chunkSamples, settings.chunkDelay(), allocator));
	}

	private static Flux<ByteBuf> pcm(SyntheticSpeech speech, AudioFormat format, int chunkSamples, Duration delay,
			ByteBufAllocator allocator) {
		PcmEncoding encoding = format.encoding();
		PcmChunks chunks = new PcmChunks(speech, encoding, chunkSamples);
		byte[] header = (format.container() == AudioContainer.WAV)
				? WavHeader.create(encoding, format.sampleRate(), speech.sampleCount()) : new byte[0];
		return ChunkPacing.indices(chunks.count(), delay).map((index) -> {
			int length = chunks.render(index);
			int headerLength = (index == 0) ? header.length : 0;
			ByteBuf buffer = allocator.buffer(headerLength + length);
			buffer.writeBytes(header, 0, headerLength);
			buffer.writeBytes(chunks.bytes(), 0, length);
			return buffer;
		});
	}

	private static Flux<ByteBuf> mp3(SyntheticSpeech speech, AudioFormat format, int chunkSamples, Duration delay,
			ByteBufAllocator allocator) {
		Mp3SilenceEncoder encoder = Mp3SilenceEncoder.of(format.sampleRate(), format.bitRate());
		int frames = encoder.frameCount(speech.sampleCount());
		int framesPerChunk = (int) Math.max(1, Math.round((double) chunkSamples / encoder.samplesPerFrame()));
		int chunks = (frames + framesPerChunk - 1) / framesPerChunk;
		return ChunkPacing.indices(chunks, delay).map((index) -> {
			long first = (long) index * framesPerChunk;
			int count = (int) Math.min(framesPerChunk, frames - first);
			ByteBuf buffer = allocator.buffer(encoder.length(first, count));
			encoder.write(buffer, first, count);
			return buffer;
		});
	}

}
