package io.github.cartesia4j.test.simulator;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Simulated training: each read of a fine-tune moves it one step, {@code created} to
 * {@code training} to {@code completed}, or to {@code failed} when its dataset has no files
 * left. On completion it adds two voices to {@link SimulatorState#voices} and remembers that
 * they came from this fine-tune.
 *
 * @author cartesia4j
 */
final class FineTunesTraining {

	static final String CREATED = "created";

	static final String TRAINING = "training";

	static final String COMPLETED = "completed";

	static final String FAILED = "failed";

	private static final Map<String, String> DEFAULT_LOCALES = Map.of("en", "en-US", "zh", "zh-CN", "ja", "ja-JP",
			"ko", "ko-KR", "hi", "hi-IN", "pt", "pt-BR", "sv", "sv-SE", "uk", "uk-UA", "el", "el-GR", "he", "he-IL");

	private static final List<String> STYLES = List.of("neutral", "expressive");

	private final SimulatorState state;

	private final Map<String, Set<String>> voicesByFineTune = new ConcurrentHashMap<>();

	FineTunesTraining(SimulatorState state) {
		this.state = state;
	}

	/**
	 * Move a fine-tune one step further, creating its voices when it completes.
	 * @param id the fine-tune id
	 * @return the fine-tune after the step
	 * @throws SimulatorException (404) for an unknown id
	 */
	synchronized ObjectNode advance(String id) {
		ObjectNode fineTune = this.state.fineTunes.get(id);
		String status = fineTune.path("status").asString();
		String next = switch (status) {
			case CREATED -> TRAINING;
			case TRAINING -> hasTrainingFiles(fineTune) ? COMPLETED : FAILED;
			default -> status;
		};
		if (next.equals(status)) {
			return fineTune;
		}
		ObjectNode updated = this.state.fineTunes.update(id, (stored) -> stored.put("status", next));
		if (COMPLETED.equals(next)) {
			createVoices(updated);
		}
		return updated;
	}

	/**
	 * Return the voices a fine-tune produced that still exist, oldest first.
	 * @param id the fine-tune id
	 * @return the voices
	 */
	List<ObjectNode> voices(String id) {
		Set<String> ids = this.voicesByFineTune.getOrDefault(id, Set.of());
		return this.state.voices.all((voice) -> ids.contains(voice.path("id").asString()));
	}

	/**
	 * Forget which voices a deleted fine-tune produced; the voices themselves stay.
	 * @param id the fine-tune id
	 */
	void forget(String id) {
		this.voicesByFineTune.remove(id);
	}

	private boolean hasTrainingFiles(JsonNode fineTune) {
		String dataset = fineTune.path("dataset").asString();
		return this.state.datasets.contains(dataset) && !this.state.datasetFiles(dataset).all((file) -> true).isEmpty();
	}

	private void createVoices(ObjectNode fineTune) {
		Set<String> ids = this.voicesByFineTune.computeIfAbsent(fineTune.get("id").asString(),
				(key) -> new CopyOnWriteArraySet<>());
		for (String style : STYLES) {
			ObjectNode voice = this.state.voices.add(voice(fineTune, style));
			ids.add(voice.get("id").asString());
		}
	}

	private static ObjectNode voice(JsonNode fineTune, String style) {
		String language = fineTune.path("language").asString();
		ObjectNode voice = ResourceStore.object();
		voice.put("id", SimulatorIds.resourceId());
		voice.put("is_owner", true);
		voice.put("is_public", false);
		voice.put("access", "private");
		voice.put("visibility", "owner");
		voice.put("name", fineTune.path("name").asString() + " (" + style + ")");
		voice.put("tagline", "");
		voice.put("description", "Fine-tuned " + style + " voice from dataset " + fineTune.path("dataset").asString()
				+ " on " + fineTune.path("model_id").asString());
		voice.putNull("gender");
		voice.put("created_at", ResourceStore.now());
		voice.put("language", language);
		voice.putArray("locales").addObject().put("locale", locale(language)).put("is_native", true);
		voice.putNull("country");
		JsonNode accent = fineTune.get("accent");
		if (accent != null && accent.isString()) {
			voice.put("accent", accent.asString());
		}
		else {
			voice.putNull("accent");
		}
		return voice;
	}

	private static String locale(String language) {
		if (language.contains("-") || language.contains("_")) {
			return language.replace('_', '-');
		}
		String known = DEFAULT_LOCALES.get(language.toLowerCase(Locale.ROOT));
		return (known != null) ? known
				: language.toLowerCase(Locale.ROOT) + "-" + language.toUpperCase(Locale.ROOT);
	}

}
