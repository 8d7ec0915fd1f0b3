package io.github.cartesia4j.test.simulator;

import java.util.List;
import java.util.Set;

import org.reactivestreams.Publisher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Simulated Voices API routes: a seeded public library plus the caller's own voices, listed
 * with filters and cursor pages, read, updated and deleted (owned voices only: public ones
 * answer 403), cloned and localized, and the legacy create and mix of API versions up to
 * 2024-11-13. Each response takes the shape of the request's {@code Cartesia-Version}.
 *
 * @author cartesia4j
 */
final class VoicesRoutes implements SimulatorRoutes {

	private final SimulatorSettings settings;

	private final SimulatorState state;

	private final VoicesCreation creation;

	VoicesRoutes(SimulatorSettings settings, SimulatorState state) {
		this.settings = settings;
		this.state = state;
		this.creation = new VoicesCreation(state.voices);
		VoicesSeed.seed(state.voices);
	}

	@Override
	public void register(SimulatorRouter router) {
		router.get("/voices", this::list)
			.post("/voices/", this.creation::create)
			.post("/voices/clone", this.creation::clone)
			.post("/voices/localize", this.creation::localize)
			.post("/voices/mix", this.creation::mix)
			.get("/voices/{id}/preview", this::preview)
			.get("/voices/{id}", this::get)
			.patch("/voices/{id}", this::update)
			.delete("/voices/{id}", this::delete);
	}

	private Publisher<Void> list(SimulatorExchange exchange) {
		VoicesVersion version = VoicesVersion.of(exchange);
		Set<String> expand = VoicesQuery.expand(exchange, version);
		List<ObjectNode> voices = this.state.voices.all(VoicesQuery.filter(exchange));
		String baseUrl = baseUrl(exchange);
		if (version.bareList()) {
			ArrayNode array = ResourceStore.array();
			voices.forEach((voice) -> array.add(VoicesView.voice(voice, version, expand, baseUrl)));
			return exchange.sendJson(200, SimulatorJson.write(array));
		}
		ObjectNode page = ResourceStore.pageNode(exchange, voices, true);
		ArrayNode data = ResourceStore.array();
		page.get("data").values()
			.forEach((voice) -> data.add(VoicesView.voice((ObjectNode) voice, version, expand, baseUrl)));
		page.set("data", data);
		return exchange.sendJson(200, SimulatorJson.write(page));
	}

	private Publisher<Void> get(SimulatorExchange exchange) {
		VoicesVersion version = VoicesVersion.of(exchange);
		Set<String> expand = VoicesQuery.expand(exchange, version);
		ObjectNode voice = this.state.voices.get(exchange.pathVariable("id"));
		return exchange.sendJson(200,
				SimulatorJson.write(VoicesView.voice(voice, version, expand, baseUrl(exchange))));
	}

	private Publisher<Void> preview(SimulatorExchange exchange) {
		ObjectNode voice = this.state.voices.get(exchange.pathVariable("id"));
		return VoicesPreview.send(exchange, voice.path("name").asString("voice"));
	}

	private Publisher<Void> update(SimulatorExchange exchange) {
		VoicesVersion version = VoicesVersion.of(exchange);
		String id = exchange.pathVariable("id");
		requireOwned(this.state.voices.get(id));
		JsonNode body = exchange.jsonBody();
		String name = VoicesFields.optionalString(body, "name");
		String description = VoicesFields.optionalString(body, "description");
		String accent = VoicesFields.optionalString(body, "accent");
		if (name != null && name.isBlank()) {
			throw SimulatorErrors.badRequest("name must not be empty");
		}
		if (version.before(VoicesVersion.LOCALES_SINCE)) {
			VoicesFields.requiredString(body, "name");
			if (description == null) {
				throw SimulatorErrors.badRequest("description is required");
			}
		}
		JsonNode gender = body.get("gender");
		if (gender != null && !gender.isNull()) {
			VoicesFields.oneOf(VoicesFields.optionalString(body, "gender"), VoicesFields.GENDERS, "gender");
		}
		ObjectNode updated = this.state.voices.update(id, (voice) -> {
			if (name != null) {
				voice.put("name", name);
			}
			if (description != null) {
				voice.put("description", description);
			}
			if (gender != null) {
				voice.set("gender", gender);
			}
			if (accent != null) {
				voice.put("accent", accent);
			}
		});
		return exchange.sendJson(200,
				SimulatorJson.write(VoicesView.voice(updated, version, Set.of(), baseUrl(exchange))));
	}

	private Publisher<Void> delete(SimulatorExchange exchange) {
		String id = exchange.pathVariable("id");
		requireOwned(this.state.voices.get(id));
		this.state.voices.remove(id);
		return exchange.response().status(204).send();
	}

	private static void requireOwned(ObjectNode voice) {
		if (!VoicesView.isOwner(voice)) {
			throw SimulatorErrors.forbidden("Voice " + voice.get("id").asString()
					+ " is a public library voice: only voices you own can be updated or deleted");
		}
	}

	private static String baseUrl(SimulatorExchange exchange) {
		String host = exchange.request().requestHeaders().get("Host");
		return "http://" + ((host != null) ? host : "127.0.0.1");
	}

}
