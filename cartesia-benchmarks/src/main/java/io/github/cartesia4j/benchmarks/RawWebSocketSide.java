package io.github.cartesia4j.benchmarks;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.WebsocketClientSpec;
import reactor.netty.http.websocket.WebsocketOutbound;
import reactor.netty.resources.ConnectionProvider;

import io.github.cartesia4j.client.tts.TtsContextSettings;
import io.github.cartesia4j.client.tts.WebSocketMessages;

/**
 * The physical limit: a minimal hand-written Reactor Netty WebSocket on the same route, with
 * the same upgrade headers as the Cartesia client. For each context it writes the very bytes
 * the client writes (the transcript piece, then the end of input, both from precomputed
 * templates with a random UUID spliced in as {@code context_id}) into one stream of outbound
 * frames; for each frame that arrives it finds {@code type} and {@code context_id} by
 * scanning the bytes, and decodes the base64 audio of a chunk into a buffer, the least any
 * client must do to hand audio over.
 *
 * @author cartesia4j
 */
final class RawWebSocketSide implements WebSocketSide {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static final int MAX_FRAME_PAYLOAD_LENGTH = 16 * 1024 * 1024;

	private static final String PLACEHOLDER = "context-id-placeholder";

	private static final byte[] TYPE = JsonScan.key("type");

	private static final byte[] CONTEXT_ID = JsonScan.key("context_id");

	private static final byte[] DATA = JsonScan.key("data");

	private final Template piece;

	private final Template end;

	private final Sinks.Many<WebSocketFrame> outgoing = Sinks.many().unicast().onBackpressureBuffer();

	private final Sinks.Empty<Void> closed = Sinks.empty();

	private final Disposable connection;

	private final WebsocketOutbound outbound;

	private volatile @Nullable ContextRound round;

	private volatile Map<String, Integer> contexts = new ConcurrentHashMap<>();

	private volatile boolean closing;

	/**
	 * Open the connection.
	 * @param baseUrl the server's base URL
	 * @param settings the settings of every context, complete so that the client's defaults
	 * change nothing
	 * @param transcript the transcript of every context
	 */
	RawWebSocketSide(String baseUrl, TtsContextSettings settings, String transcript) {
		this.piece = Template.of((id) -> WebSocketMessages.piece(settings, id, transcript));
		this.end = Template.of((id) -> WebSocketMessages.end(settings, id));
		Sinks.One<WebsocketOutbound> opened = Sinks.one();
		this.connection = HttpClient.create(ConnectionProvider.newConnection())
			.headers((headers) -> headers.set("Cartesia-Version", BenchmarkRequests.API_VERSION)
				.set(HttpHeaderNames.AUTHORIZATION, "Bearer " + BenchmarkRequests.API_KEY)
				.set(HttpHeaderNames.USER_AGENT, "raw-reactor-netty"))
			.websocket(WebsocketClientSpec.builder().maxFramePayloadLength(MAX_FRAME_PAYLOAD_LENGTH).build())
			.uri(baseUrl.replaceFirst("^http", "ws") + "/tts/websocket")
			.handle((inbound, outbound) -> {
				opened.tryEmitValue(outbound);
				Mono<Void> reading = inbound.aggregateFrames(MAX_FRAME_PAYLOAD_LENGTH)
					.receiveFrames()
					.doOnNext(this::receive)
					.then();
				return outbound.sendObject(this.outgoing.asFlux()).then().and(reading);
			})
			.subscribe(null, (ex) -> ended("the connection failed: " + ex), () -> ended("the connection closed"));
		this.outbound = opened.asMono().block(TIMEOUT);
	}

	@Override
	public String name() {
		return "raw";
	}

	@Override
	public void start(ContextRound round) {
		Map<String, Integer> ids = new ConcurrentHashMap<>(round.contexts() * 2);
		this.contexts = ids;
		this.round = round;
		for (int i = 0; i < round.contexts(); i++) {
			round.started(i);
			String id = UUID.randomUUID().toString();
			ids.put(id, i);
			byte[] contextId = id.getBytes(StandardCharsets.US_ASCII);
			this.outgoing.tryEmitNext(this.piece.frame(contextId)).orThrow();
			this.outgoing.tryEmitNext(this.end.frame(contextId)).orThrow();
		}
	}

	private void receive(WebSocketFrame frame) {
		ContextRound current = this.round;
		if (!(frame instanceof TextWebSocketFrame) || current == null) {
			return;
		}
		ByteBuf json = frame.content();
		int type = JsonScan.valueAt(json, TYPE, json.readerIndex());
		int typeEnd = JsonScan.stringEnd(json, type);
		if (typeEnd < 0) {
			current.broken("a frame without type: " + json.toString(StandardCharsets.UTF_8));
			return;
		}
		String kind = json.toString(type + 1, typeEnd - type - 1, StandardCharsets.US_ASCII);
		if ("flush_done".equals(kind)) {
			return;
		}
		int id = JsonScan.valueAt(json, CONTEXT_ID, typeEnd);
		int idEnd = JsonScan.stringEnd(json, id);
		Integer index = (idEnd < 0) ? null
				: this.contexts.get(json.toString(id + 1, idEnd - id - 1, StandardCharsets.US_ASCII));
		if (index == null || !("chunk".equals(kind) || "done".equals(kind))) {
			current.broken("an unexpected frame: " + json.toString(StandardCharsets.UTF_8));
		}
		else if ("chunk".equals(kind)) {
			int data = JsonScan.valueAt(json, DATA, idEnd);
			int dataEnd = JsonScan.stringEnd(json, data);
			ByteBuffer audio = (dataEnd < 0) ? ByteBuffer.allocate(0)
					: Base64.getDecoder().decode(json.nioBuffer(data + 1, dataEnd - data - 1));
			current.chunk(index, audio.remaining());
		}
		else {
			current.done(index);
			current.ended(index);
		}
	}

	private void ended(String why) {
		this.closed.tryEmitEmpty();
		ContextRound current = this.round;
		if (!this.closing && current != null) {
			current.broken(why);
		}
	}

	@Override
	public void close() {
		this.closing = true;
		this.outgoing.tryEmitComplete();
		try {
			this.outbound.sendClose(1000, "").then(this.closed.asMono()).block(TIMEOUT);
		}
		finally {
			this.connection.dispose();
		}
	}

	/**
	 * A client message split around its context id, so that a message for any context is
	 * the same bytes the client writes.
	 *
	 * @param prefix the bytes before the id
	 * @param suffix the bytes after the id
	 */
	private record Template(byte[] prefix, byte[] suffix) {

		static Template of(Function<String, String> message) {
			String text = message.apply(PLACEHOLDER);
			int at = text.indexOf(PLACEHOLDER);
			if (at < 0 || text.indexOf(PLACEHOLDER, at + 1) >= 0) {
				throw new IllegalStateException("Cannot find the context id once in " + text);
			}
			Template template = new Template(text.substring(0, at).getBytes(StandardCharsets.UTF_8),
					text.substring(at + PLACEHOLDER.length()).getBytes(StandardCharsets.UTF_8));
			String id = UUID.randomUUID().toString();
			String built = new String(template.bytes(id.getBytes(StandardCharsets.US_ASCII)), StandardCharsets.UTF_8);
			if (!built.equals(message.apply(id))) {
				throw new IllegalStateException("The template of " + text + " does not rebuild the client's message");
			}
			return template;
		}

		WebSocketFrame frame(byte[] contextId) {
			return new TextWebSocketFrame(Unpooled.wrappedBuffer(bytes(contextId)));
		}

		private byte[] bytes(byte[] contextId) {
			byte[] message = new byte[this.prefix.length + contextId.length + this.suffix.length];
			System.arraycopy(this.prefix, 0, message, 0, this.prefix.length);
			System.arraycopy(contextId, 0, message, this.prefix.length, contextId.length);
			System.arraycopy(this.suffix, 0, message, this.prefix.length + contextId.length, this.suffix.length);
			return message;
		}

	}

}
