package io.github.cartesia4j.test.simulator;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.netty.handler.codec.http.HttpHeaders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A response received from the simulator, with its body as the parts that arrived.
 *
 * @param status the status code
 * @param headers the headers
 * @param parts the body parts, in order of arrival
 */
record SimulatorResponse(int status, HttpHeaders headers, List<byte[]> parts) {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	byte[] body() {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		this.parts.forEach(body::writeBytes);
		return body.toByteArray();
	}

	String bodyAsString() {
		return new String(body(), StandardCharsets.UTF_8);
	}

	JsonNode json() {
		return MAPPER.readTree(body());
	}

	String header(String name) {
		return this.headers.get(name);
	}

}
