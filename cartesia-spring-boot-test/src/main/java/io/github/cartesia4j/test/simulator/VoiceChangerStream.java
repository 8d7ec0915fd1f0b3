package io.github.cartesia4j.test.simulator;

import java.nio.charset.StandardCharsets;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The body of a voice changer response: the audio of a {@link VoiceChangerSpeech} in the
 * requested format, cut into chunks as it is written, either as bytes or as the typeless SSE
 * frames of {@code /voice-changer/sse} ({@code done:false} chunks with base64 audio, then a
 * {@code done:true} frame).
 *
 * @author cartesia4j
 */
final class VoiceChangerStream {

	private static final byte[] CHUNK_PREFIX = "data: {\"status_code\":206,\"done\":false,\"data\":\""
		.getBytes(StandardCharsets.US_ASCII);

	private static final byte[] DONE = "data: {\"status_code\":200,\"done\":true}\n\n"
		.getBytes(StandardCharsets.US_ASCII);

	private VoiceChangerStream() {
	}

	static Flux<ByteBuf> bytes(VoiceChangerSpeech speech, AudioFormat format, SimulatorSettings settings,
			ByteBufAllocator allocator) {
		return chunks(speech, format, settings).map((chunk) -> allocator.buffer(chunk.length).writeBytes(chunk));
	}

	static Flux<ByteBuf> sse(VoiceChangerSpeech speech, AudioFormat format, SimulatorSettings settings,
			ByteBufAllocator allocator) {
		return Flux.defer(() -> {
			long[] last = { System.nanoTime() };
			return chunks(speech, format, settings).map((chunk) -> {
				long now = System.nanoTime();
				double stepTime = Math.round((now - last[0]) / 1_000.0) / 1_000.0;
				last[0] = now;
				byte[] suffix = ("\",\"sample_rate\":" + format.sampleRate() + ",\"step_time\":" + stepTime + "}\n\n")
					.getBytes(StandardCharsets.US_ASCII);
				ByteBuf buffer = allocator
					.buffer(CHUNK_PREFIX.length + Base64Writer.encodedLength(chunk.length) + suffix.length);
				buffer.writeBytes(CHUNK_PREFIX);
				Base64Writer.write(chunk, chunk.length, buffer);
				return buffer.writeBytes(suffix);
			}).concatWith(Mono.fromSupplier(() -> Unpooled.wrappedBuffer(DONE)));
		});
	}

	private static Flux<byte[]> chunks(VoiceChangerSpeech speech, AudioFormat format, SimulatorSettings settings) {
		int chunkSamples = Math.max(1, Math.min(settings.chunkSamples(format.sampleRate()), speech.sampleCount()));
		if (format.container() == AudioContainer.MP3) {
			return mp3(speech, format, chunkSamples, settings);
		}
		return Flux.defer(() -> {
			PcmEncoding encoding = format.encoding();
			byte[] header = (format.container() == AudioContainer.WAV)
					? WavHeader.create(encoding, format.sampleRate(), speech.sampleCount()) : new byte[0];
			float[] samples = new float[chunkSamples];
			int count = (speech.sampleCount() + chunkSamples - 1) / chunkSamples;
			return ChunkPacing.indices(count, settings.chunkDelay()).map((index) -> {
				int start = index * chunkSamples;
				int length = Math.min(chunkSamples, speech.sampleCount() - start);
				int headerLength = (index == 0) ? header.length : 0;
				byte[] chunk = new byte[headerLength + length * encoding.bytesPerSample()];
				System.arraycopy(header, 0, chunk, 0, headerLength);
				speech.render(start, samples, length);
				byte[] encoded = new byte[length * encoding.bytesPerSample()];
				encoding.encode(samples, length, encoded);
				System.arraycopy(encoded, 0, chunk, headerLength, encoded.length);
				return chunk;
			});
		});
	}

	private static Flux<byte[]> mp3(VoiceChangerSpeech speech, AudioFormat format, int chunkSamples,
			SimulatorSettings settings) {
		Mp3SilenceEncoder encoder = Mp3SilenceEncoder.of(format.sampleRate(), format.bitRate());
		int frames = encoder.frameCount(speech.sampleCount());
		int framesPerChunk = (int) Math.max(1, Math.round((double) chunkSamples / encoder.samplesPerFrame()));
		int chunks = (frames + framesPerChunk - 1) / framesPerChunk;
		return ChunkPacing.indices(chunks, settings.chunkDelay()).map((index) -> {
			long first = (long) index * framesPerChunk;
			int count = (int) Math.min(framesPerChunk, frames - first);
			ByteBuf buffer = Unpooled.buffer(encoder.length(first, count));
			encoder.write(buffer, first, count);
			byte[] chunk = new byte[buffer.readableBytes()];
			buffer.readBytes(chunk);
			return chunk;
		});
	}

}
