package io.github.cartesia4j.test.simulator;

import java.nio.charset.StandardCharsets;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The body of a {@code /tts/sse} response. Each audio chunk becomes a {@code chunk} event;
 * the words (and, on request, phonemes) a chunk completes follow it in {@code timestamps}
 * and {@code phoneme_timestamps} events; a {@code done} event ends the stream. One instance
 * serves one response.
 *
 * @author cartesia4j
 */
final class TtsSseStream {

	private static final byte[] CHUNK_PREFIX = ("event: chunk\ndata: "
			+ "{\"type\":\"chunk\",\"done\":false,\"status_code\":206,\"step_time\":")
		.getBytes(StandardCharsets.US_ASCII);

	private final SyntheticSpeech speech;

	private final PcmChunks chunks;

	private final TtsRequestSpec request;

	private final byte[] chunkMiddle;

	private final String eventSuffix;

	private int nextWord;

	private long lastFrameNanos = System.nanoTime();

	private TtsSseStream(TtsRequestSpec request, SyntheticSpeech speech, SimulatorSettings settings) {
		AudioFormat format = request.outputFormat();
		this.request = request;
		this.speech = speech;
		this.chunks = new PcmChunks(this.speech, format.encoding(), settings.chunkSamples(format.sampleRate()));
		String context = SimulatorJson.quote(request.contextId());
		this.chunkMiddle = (",\"context_id\":" + context + ",\"data\":\"").getBytes(StandardCharsets.UTF_8);
		this.eventSuffix = ",\"done\":false,\"status_code\":206,\"context_id\":" + context + ",";
	}

	static Flux<ByteBuf> create(TtsRequestSpec request, SimulatorSettings settings, ByteBufAllocator allocator) {
		SyntheticSpeech speech = request.speech();
		return Flux.defer(() -> {
			TtsSseStream stream = new TtsSseStream(request, speech, settings);
			return ChunkPacing.indices(stream.chunks.count(), settings.chunkDelay())
				.map((index) -> stream.events(index, allocator))
				.concatWith(Mono.fromSupplier(() -> stream.done(allocator)));
		});
	}

	private ByteBuf events(int index, ByteBufAllocator allocator) {
		int length = this.chunks.render(index);
		int lastWord = completedWords(this.chunks.endSample(index), index == this.chunks.count() - 1);
		ByteBuf buffer = allocator.buffer(CHUNK_PREFIX.length + this.chunkMiddle.length
				+ Base64Writer.encodedLength(length) + 32);
		buffer.writeBytes(CHUNK_PREFIX);
		buffer.writeCharSequence(stepTime(), StandardCharsets.US_ASCII);
		buffer.writeBytes(this.chunkMiddle);
		Base64Writer.write(this.chunks.bytes(), length, buffer);
		buffer.writeCharSequence("\"}\n\n", StandardCharsets.US_ASCII);
		if (lastWord > this.nextWord) {
			writeTimestamps(buffer, this.nextWord, lastWord);
			this.nextWord = lastWord;
		}
		return buffer;
	}

	private int completedWords(int endSample, boolean last) {
		if (last) {
			return this.speech.wordCount();
		}
		int word = this.nextWord;
		while (word < this.speech.wordCount() && this.speech.wordEndSample(word) <= endSample) {
			word++;
		}
		return word;
	}

	private void writeTimestamps(ByteBuf buffer, int from, int to) {
		if (this.request.addTimestamps()) {
			StringBuilder event = event("timestamps").append("\"word_timestamps\":{\"words\":[");
			SseTimestamps.words(event, this.speech, from, to);
			buffer.writeCharSequence(event.append("}}\n\n"), StandardCharsets.UTF_8);
		}
		if (this.request.addPhonemeTimestamps()) {
			StringBuilder event = event("phoneme_timestamps").append("\"phoneme_timestamps\":{\"phonemes\":[");
			SseTimestamps.phonemes(event, this.speech, from, to);
			buffer.writeCharSequence(event.append("}}\n\n"), StandardCharsets.UTF_8);
		}
	}

	private StringBuilder event(String type) {
		return new StringBuilder(256).append("event: ")
			.append(type)
			.append("\ndata: {\"type\":\"")
			.append(type)
			.append('"')
			.append(this.eventSuffix);
	}

	private ByteBuf done(ByteBufAllocator allocator) {
		String done = "event: done\ndata: {\"type\":\"done\",\"done\":true,\"status_code\":206,\"context_id\":"
				+ SimulatorJson.quote(this.request.contextId()) + "}\n\n";
		ByteBuf buffer = allocator.buffer(done.length() * 3);
		buffer.writeCharSequence(done, StandardCharsets.UTF_8);
		return buffer;
	}

	private String stepTime() {
		long now = System.nanoTime();
		double milliseconds = Math.round((now - this.lastFrameNanos) / 1_000.0) / 1_000.0;
		this.lastFrameNanos = now;
		return Double.toString(milliseconds);
	}

}
