package io.github.cartesia4j.test.simulator;

import java.util.LinkedHashMap;
import java.util.Map;

import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerResponse;

/**
 * Builds the simulator's errors and writes them in the API's JSON error shape:
 * {@code {"error_code", "title", "message", "request_id", "doc_url"}}.
 *
 * @author cartesia4j
 */
final class SimulatorErrors {

	private SimulatorErrors() {
	}

	static SimulatorException badRequest(String message) {
		return new SimulatorException(400, "invalid_request", "Invalid request", message);
	}

	static SimulatorException unauthorized(String message) {
		return new SimulatorException(401, "invalid_api_key", "Unauthorized", message);
	}

	static SimulatorException forbidden(String message) {
		return new SimulatorException(403, "permission_denied", "Forbidden", message);
	}

	static SimulatorException notFound(String message) {
		return new SimulatorException(404, "not_found", "Not found", message);
	}

	static SimulatorException methodNotAllowed(String message) {
		return new SimulatorException(405, "method_not_allowed", "Method not allowed", message);
	}

	static SimulatorException internalError(String message) {
		return new SimulatorException(500, "internal_error", "Internal server error", message);
	}

	static byte[] body(SimulatorException error, String requestId) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error_code", error.errorCode());
		body.put("title", error.title());
		body.put("message", error.getMessage());
		body.put("request_id", requestId);
		body.put("doc_url", null);
		return SimulatorJson.write(body);
	}

	static Mono<Void> send(HttpServerResponse response, String requestId, SimulatorException error) {
		return SimulatorJson.send(response, error.status(), body(error, requestId));
	}

}
