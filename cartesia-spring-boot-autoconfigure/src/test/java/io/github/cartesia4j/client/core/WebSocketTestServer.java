package io.github.cartesia4j.client.core;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.Connection;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import reactor.netty.http.server.WebsocketServerSpec;
import reactor.netty.http.websocket.WebsocketInbound;
import reactor.netty.http.websocket.WebsocketOutbound;

import static org.awaitility.Awaitility.await;

/**
 * A scripted WebSocket server for client tests: records every upgrade request, every text
 * message and every close code it receives, answers each message through a responder, and
 * can push frames, close or drop its connections, or refuse upgrades.
 *
 * @author cartesia4j
 */
public final class WebSocketTestServer implements AutoCloseable {

	private final DisposableServer server;

	private final List<Handshake> handshakes = new CopyOnWriteArrayList<>();

	private final List<Message> messages = new CopyOnWriteArrayList<>();

	private final List<Integer> closeCodes = new CopyOnWriteArrayList<>();

	private final List<Peer> peers = new CopyOnWriteArrayList<>();

	private volatile BiFunction<Peer, String, List<String>> responder = (peer, text) -> List.of();

	private volatile @Nullable Refusal refusal;

	private WebSocketTestServer() {
		this.server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.route((routes) -> routes.route((request) -> true, this::handle))
			.bindNow();
	}

	/**
	 * Start a server on a free loopback port.
	 * @return the server
	 */
	public static WebSocketTestServer start() {
		return new WebSocketTestServer();
	}

	/**
	 * Return the base URL to point a client at.
	 * @return {@code http://127.0.0.1:<port>}
	 */
	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.port();
	}

	/**
	 * Answer every received text message with the frames the function returns.
	 * @param responder gets the connection and the message, returns the frames to send back
	 */
	public void respond(BiFunction<Peer, String, List<String>> responder) {
		this.responder = responder;
	}

	/**
	 * Refuse every upgrade with this response.
	 * @param status the status code
	 * @param body the JSON body
	 */
	public void refuse(int status, String body) {
		this.refusal = new Refusal(status, body);
	}

	/**
	 * Return the upgrade requests received, oldest first.
	 * @return the handshakes
	 */
	public List<Handshake> handshakes() {
		return List.copyOf(this.handshakes);
	}

	/**
	 * Return the text messages received on every connection, oldest first.
	 * @return the messages
	 */
	public List<Message> messages() {
		return List.copyOf(this.messages);
	}

	/**
	 * Return the close codes received from clients.
	 * @return the codes, oldest first
	 */
	public List<Integer> closeCodes() {
		return List.copyOf(this.closeCodes);
	}

	/**
	 * Return the connections accepted so far, oldest first.
	 * @return the connections
	 */
	public List<Peer> peers() {
		return List.copyOf(this.peers);
	}

	/**
	 * Return the newest connection, waiting for the first one to be accepted.
	 * @return the connection
	 */
	public Peer latest() {
		await().atMost(Duration.ofSeconds(10)).until(() -> !this.peers.isEmpty());
		return this.peers.get(this.peers.size() - 1);
	}

	@Override
	public void close() {
		this.server.disposeNow();
	}

	private Mono<Void> handle(HttpServerRequest request, HttpServerResponse response) {
		Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		request.requestHeaders().forEach((header) -> headers.put(header.getKey(), header.getValue()));
		this.handshakes.add(new Handshake(request.uri(), headers));
		Refusal refused = this.refusal;
		if (refused != null) {
			return response.status(refused.status())
				.header(HttpHeaderNames.CONTENT_TYPE, "application/json")
				.header("X-Request-Id", "req-refused")
				.sendString(Mono.just(refused.body()))
				.then();
		}
		return response.sendWebsocket(this::session, WebsocketServerSpec.builder()
			.maxFramePayloadLength(WebSocketTransport.MAX_FRAME_PAYLOAD_LENGTH)
			.build());
	}

	private Mono<Void> session(WebsocketInbound inbound, WebsocketOutbound outbound) {
		Peer peer = new Peer(this.peers.size(), outbound);
		inbound.withConnection(peer::connection);
		this.peers.add(peer);
		inbound.receiveCloseStatus().subscribe((status) -> this.closeCodes.add(status.code()));
		Mono<Void> reading = inbound.aggregateFrames()
			.receiveFrames()
			.filter((frame) -> frame instanceof TextWebSocketFrame)
			.map((frame) -> frame.content().toString(StandardCharsets.UTF_8))
			.doOnNext((text) -> {
				this.messages.add(new Message(peer.index(), text));
				this.responder.apply(peer, text).forEach(peer::send);
			})
			.doFinally((signal) -> peer.complete())
			.then();
		return outbound.sendObject(peer.frames()).then().and(reading);
	}

	/**
	 * An upgrade request.
	 *
	 * @param uri the request URI, path and query
	 * @param headers the headers, case-insensitive
	 */
	public record Handshake(String uri, Map<String, String> headers) {

		/**
		 * Return the query string.
		 * @return the raw query, or {@code null}
		 */
		public @Nullable String query() {
			int question = this.uri.indexOf('?');
			return (question < 0) ? null : this.uri.substring(question + 1);
		}

	}

	/**
	 * A text message received.
	 *
	 * @param connection the index of the connection it arrived on
	 * @param text the payload
	 */
	public record Message(int connection, String text) {

	}

	private record Refusal(int status, String body) {

	}

	/**
	 * One accepted connection.
	 */
	public static final class Peer {

		private final int index;

		private final WebsocketOutbound outbound;

		private final Sinks.Many<WebSocketFrame> frames = Sinks.many().unicast().onBackpressureBuffer();

		private volatile @Nullable Connection connection;

		Peer(int index, WebsocketOutbound outbound) {
			this.index = index;
			this.outbound = outbound;
		}

		/**
		 * Return the index of this connection.
		 * @return 0 for the first
		 */
		public int index() {
			return this.index;
		}

		/**
		 * Send a text frame.
		 * @param text the payload
		 */
		public synchronized void send(String text) {
			this.frames.tryEmitNext(new TextWebSocketFrame(text));
		}

		/**
		 * Send a close frame.
		 * @param code the close code
		 * @param reason the reason
		 */
		public void close(int code, String reason) {
			this.outbound.sendClose(code, reason).subscribe();
		}

		/**
		 * Drop the TCP connection without a close frame.
		 */
		public void drop() {
			Connection current = this.connection;
			if (current != null) {
				current.channel().close();
			}
		}

		void connection(Connection connection) {
			this.connection = connection;
		}

		synchronized void complete() {
			this.frames.tryEmitComplete();
		}

		Flux<WebSocketFrame> frames() {
			return this.frames.asFlux();
		}

	}

}
