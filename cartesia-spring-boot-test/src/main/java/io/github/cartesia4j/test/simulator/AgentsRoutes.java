package io.github.cartesia4j.test.simulator;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Simulated Agents API routes: agents (list, get, update, delete), templates, phone
 * numbers and deployments here; calls in {@link AgentsCalls}, metrics and their results in
 * {@link AgentsMetrics}. The state starts with {@link AgentsSeed}.
 *
 * @author cartesia4j
 */
final class AgentsRoutes implements SimulatorRoutes {

	private static final List<String> UPDATABLE = List.of("name", "description", "tts_voice", "tts_language");

	private final SimulatorState state;

	private final AgentsLinks links = new AgentsLinks();

	private final AgentsCalls calls;

	private final AgentsMetrics metrics;

	AgentsRoutes(SimulatorSettings settings, SimulatorState state) {
		this.state = state;
		this.calls = new AgentsCalls(settings, state);
		this.metrics = new AgentsMetrics(state, this.links);
		AgentsSeed.seed(state, this.links);
	}

	@Override
	public void register(SimulatorRouter router) {
		router.get("/agents/templates", this::templates);
		this.calls.register(router);
		this.metrics.register(router);
		router.get("/agents/deployments/{deployment_id}", this::deployment)
			.get("/agents", this::list)
			.get("/agents/{agent_id}", this::get)
			.patch("/agents/{agent_id}", this::update)
			.delete("/agents/{agent_id}", this::delete)
			.get("/agents/{agent_id}/phone-numbers", this::phoneNumbers)
			.get("/agents/{agent_id}/deployments", this::deployments);
	}

	private Publisher<Void> list(SimulatorExchange exchange) {
		ObjectNode body = ResourceStore.object();
		ArrayNode summaries = body.putArray("summaries");
		this.state.agents.all((agent) -> true).forEach(summaries::add);
		return exchange.sendJson(200, SimulatorJson.write(body));
	}

	private Publisher<Void> get(SimulatorExchange exchange) {
		return exchange.sendJson(200, SimulatorJson.write(this.state.agents.get(exchange.pathVariable("agent_id"))));
	}

	private Publisher<Void> update(SimulatorExchange exchange) {
		JsonNode body = exchange.jsonBody();
		String agentId = exchange.pathVariable("agent_id");
		this.state.agents.get(agentId);
		UPDATABLE.forEach((field) -> validate(field, body.get(field)));
		ObjectNode updated = this.state.agents.update(agentId, (agent) -> {
			UPDATABLE.forEach((field) -> {
				JsonNode value = body.get(field);
				if (value != null && !value.isNull()) {
					agent.put(field, value.asString());
				}
			});
			agent.put("updated_at", ResourceStore.now());
		});
		return exchange.sendJson(200, SimulatorJson.write(updated));
	}

	private static void validate(String field, @Nullable JsonNode value) {
		if (value == null || value.isNull()) {
			return;
		}
		if (!value.isString()) {
			throw SimulatorErrors.badRequest(field + " must be a string");
		}
		if (!"description".equals(field) && value.asString().isBlank()) {
			throw SimulatorErrors.badRequest(field + " must not be blank");
		}
	}

	private Publisher<Void> delete(SimulatorExchange exchange) {
		String agentId = exchange.pathVariable("agent_id");
		this.state.agents.remove(agentId);
		this.links.forget(agentId);
		return exchange.response().status(204).send();
	}

	private Publisher<Void> templates(SimulatorExchange exchange) {
		ObjectNode body = ResourceStore.object();
		body.set("templates", AgentsSeed.templates());
		return exchange.sendJson(200, SimulatorJson.write(body));
	}

	private Publisher<Void> phoneNumbers(SimulatorExchange exchange) {
		String agentId = this.state.agents.get(exchange.pathVariable("agent_id")).get("id").asString();
		return exchange.sendJson(200, SimulatorJson.write(this.links.phoneNumbers(agentId)));
	}

	private Publisher<Void> deployments(SimulatorExchange exchange) {
		String agentId = this.state.agents.get(exchange.pathVariable("agent_id")).get("id").asString();
		ArrayNode deployments = ResourceStore.array();
		this.state.deployments.all((deployment) -> agentId.equals(deployment.path("agent_id").asString()))
			.forEach(deployments::add);
		return exchange.sendJson(200, SimulatorJson.write(deployments));
	}

	private Publisher<Void> deployment(SimulatorExchange exchange) {
		return exchange.sendJson(200,
				SimulatorJson.write(this.state.deployments.get(exchange.pathVariable("deployment_id"))));
	}

}
