package io.github.cartesia4j.test.simulator;

import java.util.Comparator;
import java.util.List;

import io.netty.handler.codec.http.HttpHeaderNames;
import org.reactivestreams.Publisher;
import reactor.netty.http.server.HttpServerResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Simulated agent calls: {@code GET /agents/calls} (newest first, paginated with
 * {@code {data, next_page}} only), {@code GET /agents/calls/{call_id}} and the call
 * recording {@code GET /agents/calls/{call_id}/audio}.
 *
 * @author cartesia4j
 */
final class AgentsCalls {

	private final SimulatorSettings settings;

	private final SimulatorState state;

	AgentsCalls(SimulatorSettings settings, SimulatorState state) {
		this.settings = settings;
		this.state = state;
	}

	void register(SimulatorRouter router) {
		router.get("/agents/calls", this::list)
			.get("/agents/calls/{call_id}", this::get)
			.get("/agents/calls/{call_id}/audio", this::audio);
	}

	private Publisher<Void> list(SimulatorExchange exchange) {
		String agentId = exchange.queryParam("agent_id");
		if (agentId == null || agentId.isBlank()) {
			throw SimulatorErrors.badRequest("agent_id is required");
		}
		this.state.agents.get(agentId);
		boolean transcript = expandsTranscript(exchange);
		List<ObjectNode> calls = this.state.agentCalls.all((call) -> agentId.equals(call.path("agent_id").asString()));
		calls.sort(Comparator.comparing((ObjectNode call) -> call.path("start_time").asString("")).reversed());
		calls.forEach((call) -> {
			shown(call);
			if (!transcript) {
				call.remove("transcript");
			}
		});
		return exchange.sendJson(200, SimulatorJson.write(ResourceStore.pageNode(exchange, calls, false)));
	}

	/**
	 * Drop the {@code created_at} the store adds to every item: the API's call object has
	 * {@code start_time} and {@code end_time} instead.
	 * @param call a copy of a stored call
	 * @return the call as the API shows it
	 */
	private static ObjectNode shown(ObjectNode call) {
		call.remove("created_at");
		return call;
	}

	private static boolean expandsTranscript(SimulatorExchange exchange) {
		String expand = exchange.queryParam("expand");
		if (expand == null) {
			expand = exchange.queryParam("expand[]");
		}
		if (expand == null) {
			return false;
		}
		if (!"transcript".equals(expand)) {
			throw SimulatorErrors.badRequest("expand only supports transcript, got " + expand);
		}
		return true;
	}

	private Publisher<Void> get(SimulatorExchange exchange) {
		return exchange.sendJson(200,
				SimulatorJson.write(shown(this.state.agentCalls.get(exchange.pathVariable("call_id")))));
	}

	private Publisher<Void> audio(SimulatorExchange exchange) {
		ObjectNode call = this.state.agentCalls.get(exchange.pathVariable("call_id"));
		JsonNode transcript = call.path("transcript");
		SyntheticSpeech speech = AgentsTranscripts.speech(transcript);
		if ("active".equals(call.path("status").asString()) || speech.sampleCount() == 0) {
			return exchange.response().status(204).send();
		}
		HttpServerResponse response = exchange.response()
			.header(HttpHeaderNames.CONTENT_TYPE, AgentsCallAudio.CONTENT_TYPE)
			.header(HttpHeaderNames.CONTENT_DISPOSITION,
					"attachment; filename=\"" + call.get("id").asString() + ".wav\"");
		return response.send(AgentsCallAudio.create(speech, this.settings, response.alloc()));
	}

}
