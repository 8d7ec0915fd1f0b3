package io.github.cartesia4j.test.simulator;

import io.netty.handler.codec.http.HttpHeaderNames;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.core.io.JsonStringEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON helpers shared by the simulator routes.
 *
 * @author cartesia4j
 */
final class SimulatorJson {

	static final String CONTENT_TYPE = "application/json";

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private SimulatorJson() {
	}

	/**
	 * Parse a request body that must be a JSON object.
	 * @param body the raw body
	 * @return the parsed object
	 * @throws SimulatorException (400) when the body is not a JSON object
	 */
	static JsonNode readObject(byte[] body) {
		if (body.length == 0) {
			throw SimulatorErrors.badRequest("request body is required");
		}
		JsonNode node;
		try {
			node = MAPPER.readTree(body);
		}
		catch (JacksonException ex) {
			throw SimulatorErrors.badRequest("request body is not valid JSON: " + ex.getOriginalMessage());
		}
		if (node == null || !node.isObject()) {
			throw SimulatorErrors.badRequest("request body must be a JSON object");
		}
		return node;
	}

	static byte[] write(Object value) {
		return MAPPER.writeValueAsBytes(value);
	}

	/**
	 * Render a string as a JSON string literal, or {@code null}.
	 * @param value the value
	 * @return the JSON literal
	 */
	static String quote(@Nullable String value) {
		if (value == null) {
			return "null";
		}
		StringBuilder json = new StringBuilder(value.length() + 2).append('"');
		JsonStringEncoder.getInstance().quoteAsString(value, json);
		return json.append('"').toString();
	}

	static Mono<Void> send(HttpServerResponse response, int status, byte[] json) {
		return response.status(status)
			.header(HttpHeaderNames.CONTENT_TYPE, CONTENT_TYPE)
			.header(HttpHeaderNames.CONTENT_LENGTH, Integer.toString(json.length))
			.sendByteArray(Mono.just(json))
			.then();
	}

}
