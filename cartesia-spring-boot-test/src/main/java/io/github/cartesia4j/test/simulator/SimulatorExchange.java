package io.github.cartesia4j.test.simulator;

import java.util.List;
import java.util.Map;

import io.netty.handler.codec.http.QueryStringDecoder;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import tools.jackson.databind.JsonNode;

/**
 * One request being handled: the Reactor Netty request and response, the whole request
 * body, the path variables and the request id sent back in {@code X-Request-Id}.
 *
 * @author cartesia4j
 */
final class SimulatorExchange {

	private final HttpServerRequest request;

	private final HttpServerResponse response;

	private final byte[] body;

	private final String requestId;

	private final Map<String, String> pathVariables;

	SimulatorExchange(HttpServerRequest request, HttpServerResponse response, byte[] body, String requestId,
			Map<String, String> pathVariables) {
		this.request = request;
		this.response = response;
		this.body = body;
		this.requestId = requestId;
		this.pathVariables = pathVariables;
	}

	HttpServerRequest request() {
		return this.request;
	}

	HttpServerResponse response() {
		return this.response;
	}

	byte[] body() {
		return this.body;
	}

	String requestId() {
		return this.requestId;
	}

	@Nullable String apiVersion() {
		return this.request.requestHeaders().get(SimulatorAuth.VERSION_HEADER);
	}

	@Nullable String pathVariable(String name) {
		return this.pathVariables.get(name);
	}

	@Nullable String queryParam(String name) {
		List<String> values = new QueryStringDecoder(this.request.uri()).parameters().get(name);
		return (values != null && !values.isEmpty()) ? values.get(0) : null;
	}

	JsonNode jsonBody() {
		return SimulatorJson.readObject(this.body);
	}

	Mono<Void> sendJson(int status, byte[] json) {
		return SimulatorJson.send(this.response, status, json);
	}

}
