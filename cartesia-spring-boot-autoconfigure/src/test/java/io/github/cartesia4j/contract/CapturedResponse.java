package io.github.cartesia4j.contract;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;

/**
 * A response as the client received it: status, headers and a copy of the body bytes that
 * went through to the client.
 *
 * @author cartesia4j
 */
final class CapturedResponse {

	private final int status;

	private final Map<String, List<String>> headers;

	private final ByteArrayOutputStream body = new ByteArrayOutputStream();

	CapturedResponse(int status, HttpHeaders headers) {
		this.status = status;
		Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
		this.headers = Collections.unmodifiableMap(copy);
	}

	/**
	 * Copy the readable bytes of a buffer without moving its read position.
	 * @param buffer a body buffer on its way to the client
	 */
	void append(DataBuffer buffer) {
		byte[] bytes = new byte[buffer.readableByteCount()];
		buffer.toByteBuffer(buffer.readPosition(), ByteBuffer.wrap(bytes), 0, bytes.length);
		this.body.writeBytes(bytes);
	}

	int status() {
		return this.status;
	}

	Map<String, List<String>> headers() {
		return this.headers;
	}

	byte[] body() {
		return this.body.toByteArray();
	}

	@Override
	public String toString() {
		return this.status + " " + this.headers.getOrDefault(HttpHeaders.CONTENT_TYPE, List.of()) + " ("
				+ this.body.size() + " bytes)";
	}

}
