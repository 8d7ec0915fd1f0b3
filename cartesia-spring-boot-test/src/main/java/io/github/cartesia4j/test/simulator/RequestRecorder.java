package io.github.cartesia4j.test.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import reactor.netty.http.server.HttpServerRequest;

/**
 * Keeps every received request, in order of arrival of their complete bodies.
 *
 * @author cartesia4j
 */
final class RequestRecorder {

	private final boolean enabled;

	private final List<RecordedRequest> requests = new ArrayList<>();

	RequestRecorder(boolean enabled) {
		this.enabled = enabled;
	}

	void record(HttpServerRequest request, byte[] body) {
		if (!this.enabled) {
			return;
		}
		String uri = request.uri();
		int question = uri.indexOf('?');
		String path = (question < 0) ? uri : uri.substring(0, question);
		String query = (question < 0) ? null : uri.substring(question + 1);
		Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		request.requestHeaders()
			.forEach((header) -> headers.computeIfAbsent(header.getKey(), (name) -> new ArrayList<>())
				.add(header.getValue()));
		RecordedRequest recorded = new RecordedRequest(request.method().name(), path, query, headers, body);
		synchronized (this.requests) {
			this.requests.add(recorded);
		}
	}

	List<RecordedRequest> requests() {
		synchronized (this.requests) {
			return List.copyOf(this.requests);
		}
	}

	void clear() {
		synchronized (this.requests) {
			this.requests.clear();
		}
	}

}
