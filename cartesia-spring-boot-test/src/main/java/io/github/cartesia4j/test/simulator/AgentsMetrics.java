package io.github.cartesia4j.test.simulator;

import java.util.List;
import java.util.regex.Pattern;

import io.netty.handler.codec.http.HttpHeaderNames;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Simulated agent metrics: list, get and create metrics, add them to and remove them from
 * agents, list their results and export the results as CSV (one file, or pages with
 * {@code x-has-more}, {@code x-limit} and {@code x-next-page} headers when paging
 * parameters are sent or the API version is 2025-04-16).
 *
 * @author cartesia4j
 */
final class AgentsMetrics {

	static final int MAX_EXPORT_ROWS = 100_000;

	private static final Pattern NAME = Pattern.compile("[a-z0-9_.\\-]+");

	private static final String PAGINATED_EXPORT_VERSION = "2025-04-16";

	private final SimulatorState state;

	private final AgentsLinks links;

	AgentsMetrics(SimulatorState state, AgentsLinks links) {
		this.state = state;
		this.links = links;
	}

	void register(SimulatorRouter router) {
		router.get("/agents/metrics/results/export", this::export)
			.get("/agents/metrics/results", this::results)
			.get("/agents/metrics", this::list)
			.post("/agents/metrics", this::create)
			.get("/agents/metrics/{metric_id}", this::get)
			.post("/agents/{agent_id}/metrics/{metric_id}", this::add)
			.delete("/agents/{agent_id}/metrics/{metric_id}", this::remove);
	}

	private Publisher<Void> list(SimulatorExchange exchange) {
		return exchange.sendJson(200, this.state.agentMetrics.page(exchange, (metric) -> true));
	}

	private Publisher<Void> get(SimulatorExchange exchange) {
		return exchange.sendJson(200,
				SimulatorJson.write(this.state.agentMetrics.get(exchange.pathVariable("metric_id"))));
	}

	private Publisher<Void> create(SimulatorExchange exchange) {
		JsonNode body = exchange.jsonBody();
		String name = requiredText(body, "name");
		if (!NAME.matcher(name).matches()) {
			throw SimulatorErrors.badRequest(
					"name may only contain lower case letters, numbers and the characters _, - and ., got " + name);
		}
		String prompt = requiredText(body, "prompt");
		JsonNode displayName = body.get("display_name");
		if (displayName != null && !displayName.isNull() && !displayName.isString()) {
			throw SimulatorErrors.badRequest("display_name must be a string");
		}
		synchronized (this.state.agentMetrics) {
			if (!this.state.agentMetrics.all((metric) -> name.equals(metric.path("name").asString())).isEmpty()) {
				throw SimulatorErrors.badRequest("a metric named " + name + " already exists");
			}
			ObjectNode metric = ResourceStore.object()
				.put("id", "am_" + SimulatorIds.resourceId().replace("-", "").substring(0, 16))
				.put("name", name)
				.put("display_name", (displayName != null && displayName.isString()) ? displayName.asString() : null)
				.put("prompt", prompt);
			return exchange.sendJson(200, SimulatorJson.write(this.state.agentMetrics.add(metric)));
		}
	}

	private static String requiredText(JsonNode body, String field) {
		JsonNode value = body.get(field);
		if (value == null || value.isNull()) {
			throw SimulatorErrors.badRequest(field + " is required");
		}
		if (!value.isString() || value.asString().isBlank()) {
			throw SimulatorErrors.badRequest(field + " must be a non-empty string");
		}
		return value.asString();
	}

	private Publisher<Void> add(SimulatorExchange exchange) {
		String agentId = this.state.agents.get(exchange.pathVariable("agent_id")).get("id").asString();
		String metricId = this.state.agentMetrics.get(exchange.pathVariable("metric_id")).get("id").asString();
		this.links.addMetric(agentId, metricId);
		return exchange.response().status(204).send();
	}

	private Publisher<Void> remove(SimulatorExchange exchange) {
		String agentId = this.state.agents.get(exchange.pathVariable("agent_id")).get("id").asString();
		String metricId = this.state.agentMetrics.get(exchange.pathVariable("metric_id")).get("id").asString();
		if (!this.links.removeMetric(agentId, metricId)) {
			throw SimulatorErrors.notFound("Metric " + metricId + " is not added to agent " + agentId);
		}
		return exchange.response().status(204).send();
	}

	private Publisher<Void> results(SimulatorExchange exchange) {
		List<ObjectNode> results = AgentsMetricFilter.from(exchange).apply(this.state.metricResults);
		return exchange.sendJson(200, SimulatorJson.write(ResourceStore.pageNode(exchange, results, true)));
	}

	private Publisher<Void> export(SimulatorExchange exchange) {
		List<ObjectNode> results = AgentsMetricFilter.from(exchange).apply(this.state.metricResults);
		if (results.isEmpty()) {
			throw SimulatorErrors.notFound("No metric results found for the given filters");
		}
		HttpServerResponse response = exchange.response();
		if (paginated(exchange)) {
			ObjectNode page = ResourceStore.pageNode(exchange, results, true);
			List<JsonNode> rows = page.get("data").values().stream().toList();
			JsonNode next = page.get("next_page");
			response.header("x-has-more", Boolean.toString(page.get("has_more").asBoolean()))
				.header("x-limit", Integer.toString(limit(exchange)));
			if (next != null && !next.isNull()) {
				response.header("x-next-page", next.asString());
			}
			return sendCsv(response, AgentsCsv.write(rows));
		}
		if (results.size() > MAX_EXPORT_ROWS) {
			throw SimulatorErrors.badRequest("More than 100k metric results found for the given filters");
		}
		return sendCsv(response, AgentsCsv.write(results));
	}

	private static boolean paginated(SimulatorExchange exchange) {
		return PAGINATED_EXPORT_VERSION.equals(exchange.apiVersion()) || exchange.queryParam("limit") != null
				|| exchange.queryParam("starting_after") != null || exchange.queryParam("ending_before") != null;
	}

	private static int limit(SimulatorExchange exchange) {
		@Nullable String limit = exchange.queryParam("limit");
		return (limit != null) ? Integer.parseInt(limit) : ResourceStore.DEFAULT_LIMIT;
	}

	private static Mono<Void> sendCsv(HttpServerResponse response, byte[] csv) {
		return response.status(200)
			.header(HttpHeaderNames.CONTENT_TYPE, AgentsCsv.CONTENT_TYPE)
			.header(HttpHeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"metric_results.csv\"")
			.header(HttpHeaderNames.CONTENT_LENGTH, Integer.toString(csv.length))
			.sendByteArray(Mono.just(csv))
			.then();
	}

}
