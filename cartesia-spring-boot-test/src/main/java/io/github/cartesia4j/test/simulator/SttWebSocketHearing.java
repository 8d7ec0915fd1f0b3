package io.github.cartesia4j.test.simulator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Listens to streamed audio the way the batch speech-to-text does, as it arrives: decodes the
 * bytes of each binary frame (carrying a partial sample over to the next frame), tells the
 * {@link Observer} about every sample of sound or silence, and hears each tone as a word as
 * soon as the silence after it shows it has ended, deciding the word with the
 * {@link SttToneTranscriber} from the tone and the one before it. The audio since the last
 * {@link #finish()} is kept, and that call transcribes it with the same transcriber, so final
 * transcripts match what batch transcription gives. Pauses of {@value #PAUSE_SECONDS} s or
 * more split the audio into utterances transcribed one by one, since the transcriber reads
 * the speech rate from the silences between words.
 *
 * @author cartesia4j
 */
final class SttWebSocketHearing {

	/**
	 * Samples quieter than this count as silence (as in {@link SttToneDetector}).
	 */
	private static final float SILENCE = 1e-3f;

	/**
	 * Silence longer than this ends a tone (as in {@link SttToneDetector}).
	 */
	private static final double MIN_GAP_SECONDS = 0.015;

	/**
	 * Sounds shorter than this are clicks (as in {@link SttToneDetector}).
	 */
	private static final double MIN_TONE_SECONDS = 0.02;

	/**
	 * Silence that separates utterances rather than words.
	 */
	private static final double PAUSE_SECONDS = 0.25;

	private final SttToneTranscriber transcriber;

	private final SttPcmDecoding encoding;

	private final int sampleRate;

	private final int minGap;

	private final int minTone;

	private final int pause;

	private final List<Integer> utterances = new ArrayList<>();

	private byte[] remainder = new byte[0];

	private float[] segment = new float[4096];

	private int segmentLength;

	private long segmentStart;

	private long position;

	private long toneStart = -1;

	private long lastSound = -1;

	private long previousToneStart = -1;

	private final List<String> words = new ArrayList<>();

	SttWebSocketHearing(SttToneTranscriber transcriber, SttPcmDecoding encoding, int sampleRate) {
		this.transcriber = transcriber;
		this.encoding = encoding;
		this.sampleRate = sampleRate;
		this.minGap = (int) Math.max(1, Math.round(MIN_GAP_SECONDS * sampleRate));
		this.minTone = (int) Math.max(1, Math.round(MIN_TONE_SECONDS * sampleRate));
		this.pause = (int) Math.round(PAUSE_SECONDS * sampleRate);
	}

	int sampleRate() {
		return this.sampleRate;
	}

	/**
	 * Listen to the bytes of a binary frame.
	 * @param data the bytes in the session's encoding
	 * @param observer told about each sample and each word heard
	 */
	void hear(byte[] data, Observer observer) {
		for (float sample : decode(data)) {
			append(sample);
			long index = this.position++;
			if (Math.abs(sample) > SILENCE) {
				if (this.toneStart < 0) {
					this.toneStart = index;
				}
				this.lastSound = index;
				observer.sound(index - this.toneStart + 1);
			}
			else {
				if (this.toneStart >= 0 && index - this.lastSound > this.minGap) {
					settle(observer);
				}
				if (index - this.lastSound == this.pause && this.lastSound >= this.segmentStart) {
					this.utterances.add((int) (index - this.segmentStart));
					this.previousToneStart = -1;
				}
				observer.silence(index - this.lastSound);
			}
		}
	}

	/**
	 * Return the words heard since the last {@link #finish()}, as they were decided.
	 * @return the words
	 */
	List<String> words() {
		return List.copyOf(this.words);
	}

	/**
	 * Whether a word was heard since the last {@link #finish()}.
	 * @return {@code true} if one was
	 */
	boolean hasWords() {
		return !this.words.isEmpty();
	}

	/**
	 * Return the duration of the audio since the last {@link #finish()}.
	 * @return the duration in seconds
	 */
	double segmentSeconds() {
		return (double) this.segmentLength / this.sampleRate;
	}

	/**
	 * Transcribe the audio since the last call at once, and start listening afresh. A tone
	 * still sounding is cut there.
	 * @return the words, timed from the start of the stream
	 */
	List<SttWord> finish() {
		List<SttWord> timed = new ArrayList<>();
		this.utterances.add(this.segmentLength);
		int from = 0;
		for (int to : this.utterances) {
			double offset = (double) (this.segmentStart + from) / this.sampleRate;
			this.transcriber.transcribe(SttAudio.of(Arrays.copyOfRange(this.segment, from, to), this.sampleRate))
				.forEach((word) -> timed.add(new SttWord(word.word(), word.start() + offset, word.end() + offset)));
			from = to;
		}
		this.utterances.clear();
		this.segmentLength = 0;
		this.segmentStart = this.position;
		this.words.clear();
		this.toneStart = -1;
		this.previousToneStart = -1;
		return timed;
	}

	/**
	 * Forget the audio since the last {@link #finish()} if it holds nothing but silence, so
	 * long pauses between turns are not kept.
	 */
	void skipSilence() {
		if (this.toneStart < 0 && this.words.isEmpty()) {
			this.utterances.clear();
			this.segmentLength = 0;
			this.segmentStart = this.position;
		}
	}

	private void settle(Observer observer) {
		long start = this.toneStart;
		long end = this.lastSound + 1;
		this.toneStart = -1;
		if (end - start < this.minTone) {
			return;
		}
		long from = Math.max(this.segmentStart, (this.previousToneStart >= 0) ? this.previousToneStart : start);
		this.previousToneStart = start;
		int offset = (int) (from - this.segmentStart);
		float[] window = Arrays.copyOfRange(this.segment, offset, (int) (end - this.segmentStart));
		List<SttWord> heard = this.transcriber.transcribe(SttAudio.of(window, this.sampleRate));
		if (!heard.isEmpty()) {
			String word = heard.get(heard.size() - 1).word();
			this.words.add(word);
			observer.word(word);
		}
	}

	private void append(float sample) {
		if (this.segmentLength == this.segment.length) {
			this.segment = Arrays.copyOf(this.segment, this.segment.length * 2);
		}
		this.segment[this.segmentLength++] = sample;
	}

	private float[] decode(byte[] data) {
		byte[] bytes = data;
		if (this.remainder.length > 0) {
			bytes = Arrays.copyOf(this.remainder, this.remainder.length + data.length);
			System.arraycopy(data, 0, bytes, this.remainder.length, data.length);
		}
		int whole = bytes.length - bytes.length % this.encoding.bytesPerSample();
		this.remainder = Arrays.copyOfRange(bytes, whole, bytes.length);
		return this.encoding.decode(bytes, 0, whole, 1);
	}

	/**
	 * Told what the audio holds, sample by sample.
	 */
	interface Observer {

		/**
		 * A sample of sound.
		 * @param soundSamples how many samples the current sound has lasted, this one included
		 */
		default void sound(long soundSamples) {
		}

		/**
		 * A sample of silence.
		 * @param silentSamples how many samples since the last sound (or since the stream
		 * started)
		 */
		default void silence(long silentSamples) {
		}

		/**
		 * A tone has ended and was heard as a word.
		 * @param word the word, or a {@code [tone 440Hz]} placeholder
		 */
		default void word(String word) {
		}

	}

}
