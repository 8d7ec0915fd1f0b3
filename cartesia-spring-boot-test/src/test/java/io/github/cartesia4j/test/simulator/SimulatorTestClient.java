package io.github.cartesia4j.test.simulator;

import java.time.Duration;
import java.util.function.Consumer;

import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClient;

/**
 * Calls a simulator over real HTTP with Reactor Netty's {@link HttpClient}.
 */
final class SimulatorTestClient {

	static final Duration TIMEOUT = Duration.ofSeconds(10);

	static final String API_KEY = "test-key";

	static final String VERSION = "2025-11-04";

	private final HttpClient client;

	SimulatorTestClient(CartesiaSimulator simulator) {
		this.client = HttpClient.create().baseUrl(simulator.baseUrl());
	}

	static void authenticated(HttpHeaders headers) {
		headers.set("Authorization", "Bearer " + API_KEY).set("Cartesia-Version", VERSION);
	}

	Mono<SimulatorResponse> get(String path) {
		return exchange(HttpMethod.GET, path, null, SimulatorTestClient::authenticated);
	}

	Mono<SimulatorResponse> post(String path, String body) {
		return exchange(HttpMethod.POST, path, body, SimulatorTestClient::authenticated);
	}

	Mono<SimulatorResponse> exchange(HttpMethod method, String path, String body, Consumer<HttpHeaders> headers) {
		HttpClient.RequestSender sender = this.client
			.headers((requestHeaders) -> {
				requestHeaders.set("Content-Type", "application/json");
				headers.accept(requestHeaders);
			})
			.request(method)
			.uri(path);
		HttpClient.ResponseReceiver<?> receiver = (body != null)
				? sender.send(ByteBufFlux.fromString(Mono.just(body)))
				: sender;
		return receiver
			.response((response, content) -> content.asByteArray()
				.collectList()
				.map((parts) -> new SimulatorResponse(response.status().code(), response.responseHeaders(), parts)))
			.single();
	}

}
