package io.github.cartesia4j.test.simulator;

import java.util.List;

import org.reactivestreams.Publisher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fine-tunes, kept in {@link SimulatorState}: {@code GET|POST /fine-tunes/},
 * {@code GET|DELETE /fine-tunes/{id}} and {@code GET /fine-tunes/{id}/voices}. A new
 * fine-tune is {@code created}; every {@code GET /fine-tunes/{id}} moves it one step (see
 * {@link FineTunesTraining}), so a client polling for completion sees {@code training}, then
 * {@code completed} and the fine-tune's voices. Creating one requires every field and an
 * existing dataset (400 naming the field otherwise); unknown ids answer 404.
 *
 * @author cartesia4j
 */
final class FineTunesRoutes implements SimulatorRoutes {

	/**
	 * API version from which voices carry {@code access}, {@code visibility} and
	 * {@code tagline} instead of {@code is_public}.
	 */
	static final String ACCESS_SINCE = "2026-08-14";

	static final String SEED_ID = "c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f";

	private static final List<String> REQUIRED_TEXT = List.of("name", "language", "model_id", "dataset");

	private final SimulatorSettings settings;

	private final SimulatorState state;

	private final FineTunesTraining training;

	FineTunesRoutes(SimulatorSettings settings, SimulatorState state) {
		this.settings = settings;
		this.state = state;
		this.training = new FineTunesTraining(state);
		seed();
	}

	@Override
	public void register(SimulatorRouter router) {
		router.get("/fine-tunes/", this::list)
			.post("/fine-tunes/", this::create)
			.get("/fine-tunes/{id}", this::get)
			.delete("/fine-tunes/{id}", this::delete)
			.get("/fine-tunes/{id}/voices", this::listVoices);
	}

	private void seed() {
		DatasetsSeed.ensure(this.state);
		if (this.state.fineTunes.contains(SEED_ID)) {
			return;
		}
		ObjectNode fineTune = fineTune(SEED_ID, "Support agent voice", "Warm, clear voice for support calls", "en",
				"sonic-3-2026-01-12", DatasetsSeed.DATASET_ID);
		fineTune.put("status", FineTunesTraining.TRAINING);
		this.state.fineTunes.add(fineTune);
	}

	private Publisher<Void> list(SimulatorExchange exchange) {
		List<ObjectNode> fineTunes = this.state.fineTunes.all((fineTune) -> true)
			.stream()
			.map(FineTunesRoutes::render)
			.toList();
		return exchange.sendJson(200, SimulatorJson.write(ResourceStore.pageNode(exchange, fineTunes, true)));
	}

	private Publisher<Void> create(SimulatorExchange exchange) {
		JsonNode body = exchange.jsonBody();
		for (String field : REQUIRED_TEXT) {
			DatasetsFields.requireText(body, field);
		}
		String description = DatasetsFields.requireString(body, "description");
		String dataset = body.get("dataset").asString();
		if (!this.state.datasets.contains(dataset)) {
			throw SimulatorErrors.badRequest("dataset not found: " + dataset);
		}
		ObjectNode fineTune = fineTune(SimulatorIds.resourceId(), body.get("name").asString(), description,
				body.get("language").asString(), body.get("model_id").asString(), dataset);
		String accent = DatasetsFields.optionalString(body, "accent");
		if (accent != null) {
			if (accent.isBlank()) {
				throw SimulatorErrors.badRequest("accent must not be blank");
			}
			fineTune.put("accent", accent);
		}
		return exchange.sendJson(200, SimulatorJson.write(render(this.state.fineTunes.add(fineTune).deepCopy())));
	}

	private Publisher<Void> get(SimulatorExchange exchange) {
		return exchange.sendJson(200, SimulatorJson.write(render(this.training.advance(exchange.pathVariable("id")))));
	}

	private Publisher<Void> delete(SimulatorExchange exchange) {
		String id = exchange.pathVariable("id");
		this.state.fineTunes.remove(id);
		this.training.forget(id);
		return exchange.response().status(204).send();
	}

	private Publisher<Void> listVoices(SimulatorExchange exchange) {
		String id = exchange.pathVariable("id");
		this.state.fineTunes.get(id);
		boolean access = accessFields(exchange);
		List<ObjectNode> voices = this.training.voices(id).stream().map((voice) -> voice(voice, access)).toList();
		return exchange.sendJson(200, SimulatorJson.write(ResourceStore.pageNode(exchange, voices, true)));
	}

	private static ObjectNode fineTune(String id, String name, String description, String language, String modelId,
			String dataset) {
		ObjectNode fineTune = ResourceStore.object();
		fineTune.put("id", id);
		fineTune.put("name", name);
		fineTune.put("description", description);
		fineTune.put("language", language);
		fineTune.put("model_id", modelId);
		fineTune.put("dataset", dataset);
		fineTune.put("status", FineTunesTraining.CREATED);
		return fineTune;
	}

	private static ObjectNode render(ObjectNode fineTune) {
		fineTune.remove("created_at");
		return fineTune;
	}

	private static ObjectNode voice(ObjectNode voice, boolean access) {
		if (access) {
			voice.remove("is_public");
		}
		else {
			voice.remove(List.of("access", "visibility", "tagline"));
		}
		return voice;
	}

	private static boolean accessFields(SimulatorExchange exchange) {
		String version = exchange.apiVersion();
		return version != null && version.trim().compareTo(ACCESS_SINCE) >= 0;
	}

}
