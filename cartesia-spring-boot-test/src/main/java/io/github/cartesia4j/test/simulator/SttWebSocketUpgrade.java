package io.github.cartesia4j.test.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.BiFunction;

import io.netty.buffer.ByteBufUtil;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import reactor.netty.http.server.HttpServerRoutes;
import reactor.netty.http.server.WebsocketServerSpec;
import reactor.netty.http.websocket.WebsocketInbound;
import reactor.netty.http.websocket.WebsocketOutbound;

/**
 * Opens a speech-to-text WebSocket the way the API does: checks the credentials (the
 * {@code Authorization} or {@code X-API-Key} header, or the {@code api_key} or
 * {@code access_token} query parameter) and the version ({@code cartesia_version} query
 * parameter, else the {@code Cartesia-Version} header), refusing the upgrade with the JSON
 * error body when they are wrong, then runs a {@link SttWebSocketConversation}: text and
 * binary frames reach it in order, off the I/O thread, and its frames go out until it closes
 * the socket. Closing sends the close frame and keeps reading until the client answers it, as
 * the closing handshake asks: dropping the connection while the client still streams audio
 * would reset it and lose the last frames on the way.
 *
 * @author cartesia4j
 */
final class SttWebSocketUpgrade {

	private static final int MAX_FRAME_PAYLOAD_LENGTH = 16 * 1024 * 1024;

	private static final String BEARER = "bearer ";

	/**
	 * How long the client may take to answer the close frame before the connection is
	 * dropped.
	 */
	private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

	private final String path;

	private final SimulatorAuth auth;

	private final PathTemplate template;

	private final BiFunction<QueryStringDecoder, String, SttWebSocketConversation> conversations;

	/**
	 * Create an upgrade.
	 * @param path the path of the WebSocket
	 * @param auth the simulator's credentials
	 * @param conversations creates the conversation of a connection from its query and
	 * request id
	 */
	SttWebSocketUpgrade(String path, SimulatorAuth auth,
			BiFunction<QueryStringDecoder, String, SttWebSocketConversation> conversations) {
		this.path = path;
		this.auth = auth;
		this.template = new PathTemplate(path);
		this.conversations = conversations;
	}

	void register(HttpServerRoutes routes) {
		routes.route((request) -> HttpMethod.GET.equals(request.method()) && this.template.matches(request.uri()),
				this::handle);
	}

	private Publisher<Void> handle(HttpServerRequest request, HttpServerResponse response) {
		String requestId = SimulatorIds.requestId();
		response.header(SimulatorRouter.REQUEST_ID_HEADER, requestId);
		QueryStringDecoder query = new QueryStringDecoder(request.uri());
		HttpHeaders headers = request.requestHeaders();
		try {
			this.auth.checkCredential(credential(headers, query));
			String version = first(query, "cartesia_version");
			this.auth.checkVersion((version != null) ? version : headers.get(SimulatorAuth.VERSION_HEADER));
			if (!headers.containsValue(HttpHeaderNames.UPGRADE, "websocket", true)) {
				throw new SimulatorException(426, "upgrade_required", "Upgrade required",
						this.path + " expects a WebSocket upgrade request");
			}
		}
		catch (SimulatorException ex) {
			return SimulatorErrors.send(response, requestId, ex);
		}
		return response.sendWebsocket((inbound, outbound) -> run(inbound, outbound, query, requestId),
				WebsocketServerSpec.builder().maxFramePayloadLength(MAX_FRAME_PAYLOAD_LENGTH).build());
	}

	private Mono<Void> run(WebsocketInbound inbound, WebsocketOutbound outbound, QueryStringDecoder query,
			String requestId) {
		SttWebSocketConversation conversation = this.conversations.apply(query, requestId);
		conversation.start();
		Mono<Void> reading = inbound.aggregateFrames(MAX_FRAME_PAYLOAD_LENGTH)
			.receiveFrames()
			.<Object>handle((frame, sink) -> {
				if (frame instanceof TextWebSocketFrame) {
					sink.next(frame.content().toString(StandardCharsets.UTF_8));
				}
				else if (frame instanceof BinaryWebSocketFrame) {
					sink.next(ByteBufUtil.getBytes(frame.content()));
				}
			})
			.publishOn(Schedulers.boundedElastic())
			.doOnNext((message) -> {
				if (message instanceof String text) {
					conversation.text(text);
				}
				else {
					conversation.audio((byte[]) message);
				}
			})
			.doFinally((signal) -> conversation.disconnected())
			.then();
		Mono<Void> closing = outbound.sendObject(conversation.frames().map(TextWebSocketFrame::new))
			.then()
			.then(Mono.defer(() -> conversation.isDisconnected() ? Mono.empty()
					: outbound.sendObject(new CloseWebSocketFrame(conversation.closeCode(), conversation.closeReason()))
						.then()))
			.then(Mono.delay(CLOSE_WAIT))
			.then();
		return Mono.firstWithSignal(reading, closing);
	}

	private static @Nullable String credential(HttpHeaders headers, QueryStringDecoder query) {
		String authorization = headers.get(HttpHeaderNames.AUTHORIZATION);
		if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return authorization.substring(BEARER.length()).trim();
		}
		String apiKey = headers.get(SimulatorAuth.API_KEY_HEADER);
		if (apiKey != null) {
			return apiKey.trim();
		}
		String queryKey = first(query, "api_key");
		return (queryKey != null) ? queryKey : first(query, "access_token");
	}

	static @Nullable String first(QueryStringDecoder query, String name) {
		List<String> values = query.parameters().get(name);
		return (values != null && !values.isEmpty()) ? values.get(0) : null;
	}

}
