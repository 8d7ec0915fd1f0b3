package io.github.cartesia4j.test.simulator;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import reactor.netty.http.server.HttpServerRoutes;
import reactor.netty.http.server.WebsocketServerSpec;
import reactor.netty.http.websocket.WebsocketInbound;
import reactor.netty.http.websocket.WebsocketOutbound;

/**
 * {@code GET /tts/websocket}: checks the credentials like the API, from the
 * {@code Authorization} or {@code X-API-Key} header or the {@code api_key} or
 * {@code access_token} query parameter, and the version from the {@code cartesia_version}
 * query parameter or else the {@code Cartesia-Version} header; refuses the upgrade with the
 * JSON error body otherwise, then runs a {@link TtsWebSocketSession}.
 *
 * @author cartesia4j
 */
final class TtsWebSocketRoute {

	static final String PATH = "/tts/websocket";

	private static final int MAX_FRAME_PAYLOAD_LENGTH = 16 * 1024 * 1024;

	private static final String BEARER = "bearer ";

	private final SimulatorSettings settings;

	private final SimulatorAuth auth;

	private final PathTemplate template = new PathTemplate(PATH);

	TtsWebSocketRoute(SimulatorSettings settings, SimulatorAuth auth) {
		this.settings = settings;
		this.auth = auth;
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
		String version = first(query, "cartesia_version");
		try {
			this.auth.checkCredential(credential(headers, query));
			version = (version != null) ? version : headers.get(SimulatorAuth.VERSION_HEADER);
			this.auth.checkVersion(version);
			if (!headers.containsValue(HttpHeaderNames.UPGRADE, "websocket", true)) {
				throw new SimulatorException(426, "upgrade_required", "Upgrade required",
						PATH + " expects a WebSocket upgrade request");
			}
		}
		catch (SimulatorException ex) {
			return SimulatorErrors.send(response, requestId, ex);
		}
		String apiVersion = version;
		return response.sendWebsocket((inbound, outbound) -> session(inbound, outbound, apiVersion),
				WebsocketServerSpec.builder().maxFramePayloadLength(MAX_FRAME_PAYLOAD_LENGTH).build());
	}

	private Mono<Void> session(WebsocketInbound inbound, WebsocketOutbound outbound, @Nullable String apiVersion) {
		TtsWebSocketSession session = new TtsWebSocketSession(this.settings, apiVersion);
		Mono<Void> reading = inbound.aggregateFrames(MAX_FRAME_PAYLOAD_LENGTH).receiveFrames().doOnNext((frame) -> {
			if (frame instanceof TextWebSocketFrame) {
				session.receive(frame.content().toString(StandardCharsets.UTF_8));
			}
			else if (frame instanceof BinaryWebSocketFrame) {
				session.receiveBinary();
			}
		}).doFinally((signal) -> session.complete()).then();
		return outbound.sendObject(session.frames().map(TextWebSocketFrame::new)).then().and(reading);
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

	private static @Nullable String first(QueryStringDecoder query, String name) {
		List<String> values = query.parameters().get(name);
		return (values != null && !values.isEmpty()) ? values.get(0) : null;
	}

}
