package io.github.cartesia4j.testing;

import java.time.Duration;
import java.util.function.Function;

import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

import io.github.cartesia4j.client.CartesiaClient;
import io.github.cartesia4j.client.tts.TtsRequest;

/**
 * Sends one bytes call and one JSON call through the whole client stack against a throwaway
 * local server, so that the one-off class loading of Netty, WebClient and Jackson does not eat
 * into the first test's {@code StepVerifier} timeout on a busy machine.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
final class WarmUp {

	private WarmUp() {
	}

	static void run(Function<String, CartesiaClient.Builder> builder, TtsRequest request) {
		try {
			exchange(builder, request);
		}
		catch (RuntimeException ex) {
			// best effort: a failed warm-up only means a slower first test
		}
	}

	private static void exchange(Function<String, CartesiaClient.Builder> builder, TtsRequest request) {
		DisposableServer server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.handle((in, out) -> in.receive()
				.then()
				.then(out.header("Content-Type", "application/json").sendString(Mono.just("{\"ok\":true}")).then()))
			.bindNow();
		try {
			CartesiaClient client = builder.apply("http://127.0.0.1:" + server.port())
				.firstByteTimeout(Duration.ofSeconds(30))
				.build();
			client.tts().bytes(request).blockLast(Duration.ofSeconds(30));
			client.apiStatus().get().block(Duration.ofSeconds(30));
		}
		finally {
			server.disposeNow(Duration.ofSeconds(5));
		}
	}

}
