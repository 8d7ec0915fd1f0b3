package io.github.cartesia4j.test.simulator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Deterministic fake speech: one sine tone per word of a transcript, separated by short
 * silences, with a short fade in and out per tone. The timeline (word boundaries and
 * total duration) is computed up front without generating samples, and samples are
 * rendered on demand, range by range, so long audio never has to be held in memory.
 * <p>
 * A word lasts {@value #WORD_BASE_SECONDS} s plus {@value #WORD_SECONDS_PER_CHARACTER} s
 * per character, and words are {@value #GAP_SECONDS} s apart; all durations are divided by
 * the speed. Boundaries fall on whole samples and {@link Word} times are exactly
 * {@code sample / sampleRate}. The audio ends with the last word.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public final class SyntheticSpeech {

	/**
	 * Duration of a word before its per-character part, in seconds at speed 1.
	 */
	public static final double WORD_BASE_SECONDS = 0.12;

	/**
	 * Duration added per character of a word, in seconds at speed 1.
	 */
	public static final double WORD_SECONDS_PER_CHARACTER = 0.05;

	/**
	 * Silence between two words, in seconds at speed 1.
	 */
	public static final double GAP_SECONDS = 0.06;

	/**
	 * Lowest tone frequency, in Hz.
	 */
	public static final double MIN_FREQUENCY = 220;

	/**
	 * Highest tone frequency, in Hz.
	 */
	public static final double MAX_FREQUENCY = 880;

	private static final double FADE_SECONDS = 0.005;

	private static final double AMPLITUDE = 0.4;

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private final int sampleRate;

	private final String[] words;

	private final int[] starts;

	private final int[] ends;

	private final double[] omegas;

	private final int sampleCount;

	private final int fadeSamples;

	private final double amplitude;

	private SyntheticSpeech(String transcript, int sampleRate, double speed, double volume) {
		if (sampleRate <= 0) {
			throw new IllegalArgumentException("sampleRate must be positive");
		}
		if (!(speed > 0)) {
			throw new IllegalArgumentException("speed must be positive");
		}
		String trimmed = transcript.trim();
		this.sampleRate = sampleRate;
		this.words = trimmed.isEmpty() ? new String[0] : WHITESPACE.split(trimmed);
		this.starts = new int[this.words.length];
		this.ends = new int[this.words.length];
		this.omegas = new double[this.words.length];
		long gap = Math.round(GAP_SECONDS / speed * sampleRate);
		long position = 0;
		for (int i = 0; i < this.words.length; i++) {
			String word = this.words[i];
			double seconds = (WORD_BASE_SECONDS + WORD_SECONDS_PER_CHARACTER * word.length()) / speed;
			this.starts[i] = Math.toIntExact(position);
			position += Math.max(1, Math.round(seconds * sampleRate));
			this.ends[i] = Math.toIntExact(position);
			this.omegas[i] = 2 * Math.PI * frequencyOf(word) / sampleRate;
			position += gap;
		}
		this.sampleCount = (this.words.length > 0) ? this.ends[this.words.length - 1] : 0;
		this.fadeSamples = (int) Math.max(1, Math.round(FADE_SECONDS * sampleRate));
		this.amplitude = Math.min(0.95, AMPLITUDE * volume);
	}

	/**
	 * Create the speech of a transcript at normal volume.
	 * @param transcript the transcript; words are separated by whitespace
	 * @param sampleRate the sample rate in Hz
	 * @param speed the speed factor; 1 is normal, 2 halves every duration
	 * @return the speech
	 */
	public static SyntheticSpeech of(String transcript, int sampleRate, double speed) {
		return of(transcript, sampleRate, speed, 1.0);
	}

	/**
	 * Create the speech of a transcript.
	 * @param transcript the transcript; words are separated by whitespace
	 * @param sampleRate the sample rate in Hz
	 * @param speed the speed factor; 1 is normal, 2 halves every duration
	 * @param volume the volume factor; 1 is normal
	 * @return the speech
	 */
	public static SyntheticSpeech of(String transcript, int sampleRate, double speed, double volume) {
		return new SyntheticSpeech(transcript, sampleRate, speed, volume);
	}

	/**
	 * Return the tone frequency of a word: a hash of its lower-case form mapped to a whole
	 * number of Hz between {@value #MIN_FREQUENCY} and {@value #MAX_FREQUENCY}.
	 * @param word the word
	 * @return the frequency in Hz
	 */
	public static double frequencyOf(String word) {
		String normalized = word.toLowerCase(Locale.ROOT);
		int hash = 0x811C9DC5;
		for (int i = 0; i < normalized.length(); i++) {
			hash = (hash ^ normalized.charAt(i)) * 0x01000193;
		}
		int range = (int) (MAX_FREQUENCY - MIN_FREQUENCY) + 1;
		return MIN_FREQUENCY + Integer.remainderUnsigned(hash, range);
	}

	/**
	 * Return the sample rate.
	 * @return the sample rate in Hz
	 */
	public int sampleRate() {
		return this.sampleRate;
	}

	/**
	 * Return the number of samples of the whole speech.
	 * @return the sample count
	 */
	public int sampleCount() {
		return this.sampleCount;
	}

	/**
	 * Return the duration of the whole speech.
	 * @return the duration in seconds
	 */
	public double durationSeconds() {
		return (double) this.sampleCount / this.sampleRate;
	}

	/**
	 * Return the word timeline.
	 * @return the words in order, with their start and end times
	 */
	public List<Word> words() {
		List<Word> timeline = new ArrayList<>(this.words.length);
		for (int i = 0; i < this.words.length; i++) {
			timeline.add(new Word(this.words[i], seconds(this.starts[i]), seconds(this.ends[i])));
		}
		return timeline;
	}

	int wordCount() {
		return this.words.length;
	}

	String word(int index) {
		return this.words[index];
	}

	int wordStartSample(int index) {
		return this.starts[index];
	}

	int wordEndSample(int index) {
		return this.ends[index];
	}

	double seconds(int sample) {
		return (double) sample / this.sampleRate;
	}

	/**
	 * Render every sample; prefer {@link #render(int, float[], int)} for long speech.
	 * @return the samples, between -1 and 1
	 */
	public float[] samples() {
		float[] samples = new float[this.sampleCount];
		render(0, samples, this.sampleCount);
		return samples;
	}

	/**
	 * Render a range of samples.
	 * @param from the index of the first sample to render
	 * @param destination where to write the samples, from index 0
	 * @param count the number of samples to render
	 */
	public void render(int from, float[] destination, int count) {
		if (from < 0 || count < 0 || count > destination.length || from > this.sampleCount - count) {
			throw new IndexOutOfBoundsException("Cannot render " + count + " samples from " + from + " of "
					+ this.sampleCount);
		}
		Arrays.fill(destination, 0, count, 0f);
		int to = from + count;
		int index = Arrays.binarySearch(this.starts, from);
		int word = (index >= 0) ? index : Math.max(0, -index - 2);
		for (; word < this.words.length && this.starts[word] < to; word++) {
			int start = Math.max(from, this.starts[word]);
			int end = Math.min(to, this.ends[word]);
			if (start < end) {
				renderTone(word, start, end, destination, start - from);
			}
		}
	}

	private void renderTone(int word, int start, int end, float[] destination, int offset) {
		double omega = this.omegas[word];
		double twiceCosine = 2 * Math.cos(omega);
		int length = this.ends[word] - this.starts[word];
		int fade = Math.min(this.fadeSamples, Math.max(1, length / 2));
		int position = start - this.starts[word];
		double previous = Math.sin(omega * (position - 1));
		double current = Math.sin(omega * position);
		for (int sample = start; sample < end; sample++, position++, offset++) {
			double envelope = Math.min(1.0, Math.min(position, length - position) / (double) fade);
			destination[offset] = (float) (current * envelope * this.amplitude);
			double next = twiceCosine * current - previous;
			previous = current;
			current = next;
		}
	}

	/**
	 * A word of the timeline.
	 *
	 * @param word the word, as written in the transcript
	 * @param start the start time in seconds
	 * @param end the end time in seconds
	 */
	public record Word(String word, double start, double end) {

	}

}
