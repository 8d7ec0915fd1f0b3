package io.github.cartesia4j.test.simulator;

import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Times call transcripts on the {@link SyntheticSpeech} of their spoken turns, so that the
 * timestamps of a transcript and the call audio the simulator serves for it agree: every
 * spoken turn gets its start and end and one text chunk per word, and every system entry
 * (a logged event or metric) the time the turn before it ended.
 *
 * @author cartesia4j
 */
final class AgentsTranscripts {

	/**
	 * Sample rate of call recordings, in Hz.
	 */
	static final int SAMPLE_RATE = 16000;

	private AgentsTranscripts() {
	}

	/**
	 * Return the speech of a transcript's spoken turns, in order.
	 * @param transcript the transcript entries
	 * @return the speech; no samples when nothing was said
	 */
	static SyntheticSpeech speech(JsonNode transcript) {
		StringBuilder text = new StringBuilder();
		for (JsonNode entry : transcript) {
			if (spoken(entry)) {
				text.append(entry.get("text").asString()).append(' ');
			}
		}
		return SyntheticSpeech.of(text.toString(), SAMPLE_RATE, 1.0);
	}

	/**
	 * Fill in the timestamps and text chunks of a transcript's entries.
	 * @param transcript the transcript entries, changed in place
	 * @return the same transcript
	 */
	static ArrayNode time(ArrayNode transcript) {
		List<SyntheticSpeech.Word> words = speech(transcript).words();
		int next = 0;
		double previousEnd = 0;
		for (JsonNode node : transcript) {
			ObjectNode entry = (ObjectNode) node;
			if (!spoken(entry)) {
				entry.put("start_timestamp", previousEnd);
				entry.put("end_timestamp", previousEnd);
				timestamp(entry, "log_event", previousEnd);
				timestamp(entry, "log_metric", previousEnd);
				continue;
			}
			int count = SyntheticSpeech.of(entry.get("text").asString(), SAMPLE_RATE, 1.0).words().size();
			ArrayNode chunks = entry.putArray("text_chunks");
			for (int i = next; i < next + count; i++) {
				chunks.addObject().put("text", words.get(i).word()).put("start_timestamp", round(words.get(i).start()));
			}
			entry.put("start_timestamp", round(words.get(next).start()));
			previousEnd = round(words.get(next + count - 1).end());
			entry.put("end_timestamp", previousEnd);
			next += count;
		}
		return transcript;
	}

	private static boolean spoken(JsonNode entry) {
		String role = entry.path("role").asString("");
		return ("user".equals(role) || "assistant".equals(role)) && !entry.path("text").asString("").isBlank();
	}

	private static void timestamp(ObjectNode entry, String field, double seconds) {
		JsonNode logged = entry.get(field);
		if (logged instanceof ObjectNode object) {
			object.put("timestamp", seconds);
		}
	}

	private static double round(double seconds) {
		return Math.round(seconds * 1000) / 1000.0;
	}

}
