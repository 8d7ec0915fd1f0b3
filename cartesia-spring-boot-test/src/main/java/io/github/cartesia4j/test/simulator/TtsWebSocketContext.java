package io.github.cartesia4j.test.simulator;

import java.util.ArrayDeque;

import org.jspecify.annotations.Nullable;

/**
 * One context of a TTS WebSocket connection. Its transcript accumulates piece by piece; a
 * flush, the end of input, or the buffer delay expiring turns the text received so far into
 * a segment, and each segment streams the samples of the speech of the whole accumulated
 * transcript that were not sent yet. The concatenated audio of a context therefore equals the
 * {@link SyntheticSpeech} of its whole transcript, however it was cut. Text is cut only after
 * whitespace, except that a flush or the end of input closes the current word. Not
 * thread-safe: its {@link TtsWebSocketSession} serializes access.
 *
 * @author cartesia4j
 */
final class TtsWebSocketContext {

	private final String id;

	private final AudioFormat format;

	private final double speed;

	private final double volume;

	private final boolean addTimestamps;

	private final boolean addPhonemeTimestamps;

	private final int chunkSamples;

	private final StringBuilder transcript = new StringBuilder();

	private final ArrayDeque<Segment> segments = new ArrayDeque<>();

	private int scheduled;

	private int flushes;

	private boolean inputEnded;

	private boolean finished;

	private @Nullable Segment current;

	private @Nullable SyntheticSpeech speech;

	private Phase phase = Phase.CHUNKS;

	private int emittedSamples;

	private int emittedWords;

	private float[] samples = new float[0];

	private byte[] bytes = new byte[0];

	private long lastFrameNanos = System.nanoTime();

	TtsWebSocketContext(String id, TtsWebSocketRequest first, SimulatorSettings settings) {
		this.id = id;
		this.format = first.format();
		this.speed = first.speed();
		this.volume = first.volume();
		this.addTimestamps = first.addTimestamps();
		this.addPhonemeTimestamps = first.addPhonemeTimestamps();
		this.chunkSamples = settings.chunkSamples(this.format.sampleRate());
	}

	String id() {
		return this.id;
	}

	boolean inputEnded() {
		return this.inputEnded;
	}

	boolean finished() {
		return this.finished;
	}

	boolean hasWork() {
		return !this.finished && (this.current != null || !this.segments.isEmpty());
	}

	/**
	 * Take a message of this context.
	 * @param request the message
	 * @return whether the buffer delay should start (text is waiting and nothing forces it)
	 * @throws SimulatorException (400) when the message does not fit the context
	 */
	boolean accept(TtsWebSocketRequest request) {
		if (!request.format().equals(this.format)) {
			throw SimulatorErrors.badRequest("output_format must be the same for every message of a context");
		}
		this.transcript.append(request.transcript());
		if (request.flush()) {
			closeWord();
			this.segments.add(new Segment(this.transcript.length(), ++this.flushes, false));
			this.scheduled = this.transcript.length();
		}
		if (!request.continues()) {
			closeWord();
			this.segments.add(new Segment(this.transcript.length(), null, true));
			this.scheduled = this.transcript.length();
			this.inputEnded = true;
			return false;
		}
		if (request.maxBufferDelayMs() == 0) {
			cutAtWhitespace();
			return false;
		}
		return this.transcript.length() > this.scheduled;
	}

	/**
	 * Turn the complete words waiting in the buffer into a segment.
	 */
	void cutAtWhitespace() {
		int end = this.transcript.length();
		while (end > this.scheduled && !Character.isWhitespace(this.transcript.charAt(end - 1))) {
			end--;
		}
		if (end > this.scheduled) {
			this.segments.add(new Segment(end, null, false));
			this.scheduled = end;
		}
	}

	/**
	 * Produce the next frame of this context.
	 * @return the frame, or {@code null} when nothing is ready
	 */
	@Nullable Frame next() {
		while (!this.finished) {
			Segment segment = this.current;
			if (segment == null) {
				segment = this.segments.poll();
				if (segment == null) {
					return null;
				}
				start(segment);
			}
			SyntheticSpeech spoken = this.speech;
			switch (this.phase) {
				case CHUNKS -> {
					if (this.emittedSamples < spoken.sampleCount()) {
						return new Frame(chunk(spoken, segment), true);
					}
					this.phase = Phase.WORDS;
				}
				case WORDS -> {
					this.phase = Phase.PHONEMES;
					if (this.addTimestamps && spoken.wordCount() > this.emittedWords) {
						return new Frame(TtsWebSocketFrames.words(this.id, spoken, this.emittedWords,
								spoken.wordCount(), segment.flushId()), false);
					}
				}
				case PHONEMES -> {
					this.phase = Phase.FLUSH;
					if (this.addPhonemeTimestamps && spoken.wordCount() > this.emittedWords) {
						return new Frame(TtsWebSocketFrames.phonemes(this.id, spoken, this.emittedWords,
								spoken.wordCount(), segment.flushId()), false);
					}
				}
				case FLUSH -> {
					this.emittedWords = spoken.wordCount();
					this.phase = Phase.END;
					if (segment.flushId() != null) {
						return new Frame(TtsWebSocketFrames.flushDone(this.id, segment.flushId()), false);
					}
				}
				case END -> {
					this.current = null;
					if (segment.last()) {
						this.finished = true;
						return new Frame(TtsWebSocketFrames.done(this.id), false);
					}
				}
			}
		}
		return null;
	}

	/**
	 * Stop producing frames (cancel or error).
	 */
	void stop() {
		this.finished = true;
		this.segments.clear();
		this.current = null;
	}

	private void closeWord() {
		int length = this.transcript.length();
		if (length > 0 && !Character.isWhitespace(this.transcript.charAt(length - 1))) {
			this.transcript.append(' ');
		}
	}

	private void start(Segment segment) {
		this.current = segment;
		this.phase = Phase.CHUNKS;
		try {
			this.speech = SyntheticSpeech.of(this.transcript.substring(0, segment.textEnd()),
					this.format.sampleRate(), this.speed, this.volume);
		}
		catch (ArithmeticException ex) {
			throw SimulatorErrors.badRequest("transcript is too long");
		}
	}

	private String chunk(SyntheticSpeech spoken, Segment segment) {
		int from = this.emittedSamples;
		int count = Math.min(this.chunkSamples, spoken.sampleCount() - from);
		PcmEncoding encoding = this.format.encoding();
		if (this.samples.length < count) {
			this.samples = new float[this.chunkSamples];
			this.bytes = new byte[this.chunkSamples * encoding.bytesPerSample()];
		}
		spoken.render(from, this.samples, count);
		encoding.encode(this.samples, count, this.bytes);
		this.emittedSamples = from + count;
		long now = System.nanoTime();
		double stepTime = Math.round((now - this.lastFrameNanos) / 1_000.0) / 1_000.0;
		this.lastFrameNanos = now;
		return TtsWebSocketFrames.chunk(this.id, this.bytes, count * encoding.bytesPerSample(), stepTime,
				segment.flushId());
	}

	/**
	 * A frame of this context.
	 *
	 * @param text the frame
	 * @param audio whether it carries audio (paced by the chunk delay)
	 */
	record Frame(String text, boolean audio) {

	}

	private record Segment(int textEnd, @Nullable Integer flushId, boolean last) {

	}

	private enum Phase {

		CHUNKS, WORDS, PHONEMES, FLUSH, END

	}

}
