package io.github.cartesia4j.test.simulator;

import org.reactivestreams.Publisher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Pronunciation dictionaries, kept in {@link SimulatorState#pronunciationDicts}: paginated
 * list, create, get, update ({@code items} replaces the list) and delete, plus pin and unpin,
 * which only API version {@value #PIN_API_VERSION} serves (other versions answer 404 as for
 * an unknown route).
 *
 * @author cartesia4j
 */
final class PronunciationDictsRoutes implements SimulatorRoutes {

	static final String PIN_API_VERSION = "2025-04-16";

	private static final String COLLECTION = "/pronunciation-dicts/";

	private static final String ITEM = "/pronunciation-dicts/{id}";

	private final ResourceStore dicts;

	PronunciationDictsRoutes(SimulatorSettings settings, SimulatorState state) {
		this.dicts = state.pronunciationDicts;
		PronunciationDictsSeed.seed(this.dicts);
	}

	@Override
	public void register(SimulatorRouter router) {
		router.get(COLLECTION, (exchange) -> exchange.sendJson(200, this.dicts.page(exchange, (dict) -> true)))
			.post(COLLECTION, this::create)
			.get(ITEM, (exchange) -> send(exchange, this.dicts.get(exchange.pathVariable("id"))))
			.patch(ITEM, this::update)
			.delete(ITEM, this::delete)
			.post(ITEM + "/pin", (exchange) -> pin(exchange, true))
			.post(ITEM + "/unpin", (exchange) -> pin(exchange, false));
	}

	private Publisher<Void> create(SimulatorExchange exchange) {
		JsonNode body = exchange.jsonBody();
		String name = PronunciationDictsBody.name(body, true);
		ArrayNode items = PronunciationDictsBody.items(body);
		ObjectNode dict = ResourceStore.object()
			.put("name", name)
			.put("owner_id", PronunciationDictsSeed.OWNER_ID)
			.put("pinned", false);
		dict.set("items", (items != null) ? items : ResourceStore.array());
		return send(exchange, this.dicts.add(dict).deepCopy());
	}

	private Publisher<Void> update(SimulatorExchange exchange) {
		JsonNode body = exchange.jsonBody();
		String name = PronunciationDictsBody.name(body, false);
		ArrayNode items = PronunciationDictsBody.items(body);
		return send(exchange, this.dicts.update(exchange.pathVariable("id"), (dict) -> {
			if (name != null) {
				dict.put("name", name);
			}
			if (items != null) {
				dict.set("items", items);
			}
		}));
	}

	private Publisher<Void> delete(SimulatorExchange exchange) {
		this.dicts.remove(exchange.pathVariable("id"));
		return exchange.response().status(204).send();
	}

	private Publisher<Void> pin(SimulatorExchange exchange, boolean pinned) {
		String version = exchange.apiVersion();
		if (version == null || !PIN_API_VERSION.equals(version.trim())) {
			throw SimulatorErrors.notFound("No route for POST " + exchange.request().fullPath()
					+ " on Cartesia-Version " + version + ": pin and unpin exist on " + PIN_API_VERSION + " only");
		}
		this.dicts.update(exchange.pathVariable("id"), (dict) -> dict.put("pinned", pinned));
		return exchange.response().status(200).send();
	}

	private static Publisher<Void> send(SimulatorExchange exchange, ObjectNode dict) {
		return exchange.sendJson(200, SimulatorJson.write(dict));
	}

}
