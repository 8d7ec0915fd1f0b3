package io.github.cartesia4j.test.simulator;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words a simulator knows how to hear: every word its speech-to-text may map a tone
 * back to, keyed by the tone frequency {@link SyntheticSpeech#frequencyOf(String)} gives it.
 * It starts with a list of common English words (no two with the same frequency and length)
 * and learns the words of every transcript the simulator synthesizes, as written. A later
 * word wins over an earlier one with the same frequency and length.
 * <p>
 * There is one vocabulary per simulator, found through the {@link SimulatorSettings} that
 * all its routes share.
 *
 * @author cartesia4j
 */
final class SttVocabulary {

	static final List<String> COMMON_WORDS = List.of("""
			the of and to a in is you that it he was for on are as with his they i at be this have from or one
			had by word but not what all were when your can said there use an each which she do how their if
			will up other about out many then them these so some her would make like him into time has look two
			more write go number no way could people my first water been call who oil its now find long down day
			did get come made may part hello world yes thank thanks please good morning evening night welcome
			goodbye bye today tomorrow yesterday voice speech audio sound test testing cartesia sonic ink
			whisper simulator quick brown fox jumps over lazy dog new old big small great little work home just
			know take year back give very after our things only us man here through also well before must even
			because any same tell does set three want air play end read hand port large spell add land high such
			follow act why ask men change went light kind off need house picture try again animal mother answer
			found study still learn should america
			""".strip().split("\\s+"));

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private static final List<Registration> REGISTRATIONS = new ArrayList<>();

	private final Map<Integer, List<String>> byFrequency = new HashMap<>();

	SttVocabulary() {
		COMMON_WORDS.forEach(this::learn);
	}

	/**
	 * Return the vocabulary of the simulator these settings belong to.
	 * @param settings the settings of a simulator, compared by identity
	 * @return its vocabulary
	 */
	static SttVocabulary of(SimulatorSettings settings) {
		synchronized (REGISTRATIONS) {
			REGISTRATIONS.removeIf((registration) -> registration.refersTo(null));
			for (Registration registration : REGISTRATIONS) {
				if (registration.refersTo(settings)) {
					return registration.vocabulary;
				}
			}
			Registration registration = new Registration(settings, new SttVocabulary());
			REGISTRATIONS.add(registration);
			return registration.vocabulary;
		}
	}

	/**
	 * Learn the words of a transcript that is being synthesized.
	 * @param transcript the transcript, split at whitespace like {@link SyntheticSpeech}
	 * does
	 */
	void record(String transcript) {
		String trimmed = transcript.strip();
		if (!trimmed.isEmpty()) {
			for (String word : WHITESPACE.split(trimmed)) {
				learn(word);
			}
		}
	}

	/**
	 * Return the known words with a tone frequency, oldest first.
	 * @param frequency the frequency in Hz
	 * @return the words, possibly none
	 */
	synchronized List<String> words(int frequency) {
		return List.copyOf(this.byFrequency.getOrDefault(frequency, List.of()));
	}

	private synchronized void learn(String word) {
		List<String> words = this.byFrequency.computeIfAbsent((int) SyntheticSpeech.frequencyOf(word),
				(frequency) -> new ArrayList<>(2));
		words.remove(word);
		words.add(word);
	}

	private static final class Registration extends WeakReference<SimulatorSettings> {

		private final SttVocabulary vocabulary;

		Registration(SimulatorSettings settings, SttVocabulary vocabulary) {
			super(settings);
			this.vocabulary = vocabulary;
		}

	}

}
