package io.github.cartesia4j.testing;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * A tiny HTTP server that answers every request with status 200, sends the first part of a
 * chunked body, then resets the TCP connection. WireMock faults cannot cut a body after real
 * data was sent, which is what this reproduces.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public final class ResettingHttpServer implements AutoCloseable {

	private static final Duration PAUSE_BEFORE_RESET = Duration.ofMillis(150);

	private final AtomicInteger requests = new AtomicInteger();

	private final DisposableServer server;

	private ResettingHttpServer(String contentType, byte[] firstPart) {
		this.server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.handle((request, response) -> {
				this.requests.incrementAndGet();
				Mono<ByteBuf> reset = Mono.delay(PAUSE_BEFORE_RESET)
					.then(Mono.fromRunnable(() -> response.withConnection((connection) -> reset(connection.channel()))));
				return request.receive()
					.then()
					.then(response.status(200)
						.header("Content-Type", contentType)
						.send(Flux.concat(Mono.just(Unpooled.wrappedBuffer(firstPart)), reset))
						.then());
			})
			.bindNow();
	}

	/**
	 * Start a server that sends {@code firstPart} and then resets the connection.
	 * @param contentType the response content type
	 * @param firstPart the bytes sent before the reset
	 * @return the running server
	 */
	public static ResettingHttpServer start(String contentType, byte[] firstPart) {
		return new ResettingHttpServer(contentType, firstPart);
	}

	/**
	 * Return the base URL of the server.
	 * @return the base URL
	 */
	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.port();
	}

	/**
	 * Return how many requests the server received.
	 * @return the request count
	 */
	public int requestCount() {
		return this.requests.get();
	}

	@Override
	public void close() {
		this.server.disposeNow(Duration.ofSeconds(5));
	}

	private static void reset(Channel channel) {
		channel.config().setOption(ChannelOption.SO_LINGER, 0);
		channel.close();
	}

}
