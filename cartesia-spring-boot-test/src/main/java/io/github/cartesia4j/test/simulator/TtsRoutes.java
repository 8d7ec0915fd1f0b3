package io.github.cartesia4j.test.simulator;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import org.reactivestreams.Publisher;
import reactor.netty.http.server.HttpServerResponse;

/**
 * Text to speech: {@code POST /tts/bytes} streams the audio in the requested container,
 * {@code POST /tts/sse} streams it as server-sent events, and {@code GET /tts/websocket}
 * multiplexes contexts over a WebSocket ({@link TtsWebSocketRoute}).
 *
 * @author cartesia4j
 */
final class TtsRoutes implements SimulatorRoutes {

	static final String FILE_ID_HEADER = "Cartesia-File-ID";

	private final SimulatorSettings settings;

	TtsRoutes(SimulatorSettings settings) {
		this.settings = settings;
	}

	@Override
	public void register(SimulatorRouter router) {
		router.post("/tts/bytes", this::bytes).post("/tts/sse", this::sse);
		new TtsWebSocketRoute(this.settings, router.auth()).register(router.routes());
	}

	private Publisher<Void> bytes(SimulatorExchange exchange) {
		TtsRequestSpec request = TtsRequestParser.parse(exchange.jsonBody(), exchange.apiVersion(), false);
		SttVocabulary.of(this.settings).record(request.transcript());
		HttpServerResponse response = exchange.response()
			.header(HttpHeaderNames.CONTENT_TYPE, request.outputFormat().container().contentType());
		if (request.save()) {
			response.header(FILE_ID_HEADER, SimulatorIds.fileId());
		}
		return response.send(TtsBytesStream.create(request, this.settings, response.alloc()));
	}

	private Publisher<Void> sse(SimulatorExchange exchange) {
		TtsRequestSpec request = TtsRequestParser.parse(exchange.jsonBody(), exchange.apiVersion(), true);
		SttVocabulary.of(this.settings).record(request.transcript());
		HttpServerResponse response = exchange.response()
			.header(HttpHeaderNames.CONTENT_TYPE, "text/event-stream")
			.header(HttpHeaderNames.CACHE_CONTROL, HttpHeaderValues.NO_CACHE);
		return response.send(TtsSseStream.create(request, this.settings, response.alloc()));
	}

}
