package io.github.cartesia4j.test.simulator;

/**
 * Writes the parallel arrays of SSE timestamp events. Word times are the speech's exact
 * sample boundaries; the fake phonemes are a word's letters and digits, sharing its
 * duration equally.
 *
 * @author cartesia4j
 */
final class SseTimestamps {

	private SseTimestamps() {
	}

	/**
	 * Append {@code "w1","w2"],"start":[..],"end":[..]} for words {@code from} (inclusive)
	 * to {@code to} (exclusive).
	 * @param json the JSON being written, just after {@code "words":[}
	 * @param speech the speech
	 * @param from the first word
	 * @param to the word after the last
	 */
	static void words(StringBuilder json, SyntheticSpeech speech, int from, int to) {
		for (int word = from; word < to; word++) {
			separate(json, word, from).append(SimulatorJson.quote(speech.word(word)));
		}
		json.append("],\"start\":[");
		for (int word = from; word < to; word++) {
			separate(json, word, from).append(speech.seconds(speech.wordStartSample(word)));
		}
		json.append("],\"end\":[");
		for (int word = from; word < to; word++) {
			separate(json, word, from).append(speech.seconds(speech.wordEndSample(word)));
		}
		json.append(']');
	}

	/**
	 * Append {@code "p1","p2"],"start":[..],"end":[..]} for the phonemes of words
	 * {@code from} (inclusive) to {@code to} (exclusive).
	 * @param json the JSON being written, just after {@code "phonemes":[}
	 * @param speech the speech
	 * @param from the first word
	 * @param to the word after the last
	 */
	static void phonemes(StringBuilder json, SyntheticSpeech speech, int from, int to) {
		StringBuilder starts = new StringBuilder();
		StringBuilder ends = new StringBuilder();
		for (int word = from; word < to; word++) {
			int[] letters = letters(speech.word(word));
			int start = speech.wordStartSample(word);
			double length = speech.wordEndSample(word) - start;
			for (int i = 0; i < letters.length; i++) {
				String separator = (starts.length() > 0) ? "," : "";
				json.append(separator).append(SimulatorJson.quote(new String(letters, i, 1)));
				starts.append(separator).append((start + length * i / letters.length) / speech.sampleRate());
				ends.append(separator).append((start + length * (i + 1) / letters.length) / speech.sampleRate());
			}
		}
		json.append("],\"start\":[").append(starts).append("],\"end\":[").append(ends).append(']');
	}

	private static StringBuilder separate(StringBuilder json, int index, int first) {
		return (index > first) ? json.append(',') : json;
	}

	private static int[] letters(String word) {
		return word.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).toArray();
	}

}
