package io.github.cartesia4j.client.tts;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.netty.channel.ChannelId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.test.StepVerifier;

import io.github.cartesia4j.client.CartesiaClient;
import io.github.cartesia4j.testing.TestClients;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An SSE call ends at its {@code done} event, and its connection goes back to the pool for
 * the next call instead of being closed.
 */
class TtsSseConnectionReuseTests {

	private static final String CHUNK = "event: chunk\ndata: {\"type\":\"chunk\",\"data\":\"AQIDBA==\",\"done\":false,"
			+ "\"status_code\":206,\"context_id\":\"c\"}\n\n";

	private static final String DONE = "event: done\ndata: {\"type\":\"done\",\"done\":true,\"status_code\":200,"
			+ "\"context_id\":\"c\"}\n\n";

	private final Set<ChannelId> connections = ConcurrentHashMap.newKeySet();

	private DisposableServer server;

	@BeforeEach
	void startServer() {
		this.server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.doOnConnection((connection) -> this.connections.add(connection.channel().id()))
			.route((routes) -> routes.post("/tts/bytes",
					(request, response) -> request.receive().then().thenMany(response.sendString(Flux.just("abc", "def"))))
				.post("/tts/sse",
					(request, response) -> request.receive()
						.then()
						.thenMany(response.header("Content-Type", "text/event-stream")
							.sendString(Flux.just(CHUNK, CHUNK, DONE)))))
			.bindNow();
	}

	@AfterEach
	void stopServer() {
		this.server.disposeNow();
	}

	@Test
	void bytesCallsShareOneConnection() {
		CartesiaClient client = TestClients.client("http://127.0.0.1:" + this.server.port());
		for (int call = 0; call < 5; call++) {
			StepVerifier.create(client.tts().bytesToArray(TestClients.request().build()))
				.expectNextCount(1)
				.expectComplete()
				.verify(Duration.ofSeconds(5));
		}
		assertThat(this.connections).hasSize(1);
	}

	@Test
	void consecutiveCallsShareOneConnection() {
		CartesiaClient client = TestClients.client("http://127.0.0.1:" + this.server.port());
		for (int call = 0; call < 5; call++) {
			StepVerifier.create(client.tts().sse(TestClients.request().build()))
				.expectNextCount(2)
				.assertNext((event) -> assertThat(event).isInstanceOf(TtsEvent.Done.class))
				.expectComplete()
				.verify(Duration.ofSeconds(5));
		}
		assertThat(this.connections).hasSize(1);
	}

}
