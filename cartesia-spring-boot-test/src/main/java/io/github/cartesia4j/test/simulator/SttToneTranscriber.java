package io.github.cartesia4j.test.simulator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Hears the speech of {@link SyntheticSpeech}: finds its tones with {@link SttToneDetector}
 * and maps each back to the word of an {@link SttVocabulary} with that frequency. When several
 * words share it, the word whose length best explains the tone's duration wins; the speech
 * rate for that comes from the silences between the tones. A tone no known word explains
 * becomes a placeholder such as {@code [tone 440Hz]}.
 *
 * @author cartesia4j
 */
final class SttToneTranscriber {

	private static final double MAX_LENGTH_ERROR = 1.5;

	private final SttVocabulary vocabulary;

	SttToneTranscriber(SttVocabulary vocabulary) {
		this.vocabulary = vocabulary;
	}

	/**
	 * Transcribe audio.
	 * @param audio the audio
	 * @return the words heard, in order, with their timings
	 */
	List<SttWord> transcribe(SttAudio audio) {
		int sampleRate = audio.sampleRate();
		List<SttTone> tones = SttToneDetector.detect(audio.samples(), sampleRate);
		double speed = speed(tones, sampleRate);
		List<SttWord> words = new ArrayList<>(tones.size());
		for (SttTone tone : tones) {
			double seconds = (double) (tone.end() - tone.start()) / sampleRate;
			words.add(new SttWord(word(tone.frequency(), seconds, speed, tones.size() > 1),
					(double) tone.start() / sampleRate, (double) tone.end() / sampleRate));
		}
		return words;
	}

	static String placeholder(int frequency) {
		return "[tone " + frequency + "Hz]";
	}

	private String word(int frequency, double seconds, double speed, boolean speedKnown) {
		double length = (seconds * speed - SyntheticSpeech.WORD_BASE_SECONDS)
				/ SyntheticSpeech.WORD_SECONDS_PER_CHARACTER;
		@Nullable String best = null;
		double bestError = Double.MAX_VALUE;
		for (String candidate : this.vocabulary.words(frequency)) {
			double error = Math.abs(candidate.length() - length);
			if (error <= bestError) {
				best = candidate;
				bestError = error;
			}
		}
		if (best == null || (speedKnown && bestError > MAX_LENGTH_ERROR)) {
			return placeholder(frequency);
		}
		return best;
	}

	private static double speed(List<SttTone> tones, int sampleRate) {
		if (tones.size() < 2) {
			return 1.0;
		}
		double[] gaps = new double[tones.size() - 1];
		for (int i = 0; i < gaps.length; i++) {
			gaps[i] = (double) (tones.get(i + 1).start() - tones.get(i).end()) / sampleRate;
		}
		Arrays.sort(gaps);
		double median = gaps[gaps.length / 2];
		return (median > 0) ? Math.max(0.5, Math.min(2.0, SyntheticSpeech.GAP_SECONDS / median)) : 1.0;
	}

}
