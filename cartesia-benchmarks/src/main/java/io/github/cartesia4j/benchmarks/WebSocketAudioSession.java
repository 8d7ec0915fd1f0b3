package io.github.cartesia4j.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.Mono;
import reactor.netty.http.websocket.WebsocketInbound;
import reactor.netty.http.websocket.WebsocketOutbound;

/**
 * One connection of the {@link WebSocketAudio} route. Like the simulator, it interleaves the
 * frames of the open contexts round-robin, one frame per context in turn, and produces them
 * only as fast as the connection can write them, so a thousand contexts arriving at once
 * never block the event loop or pile up in memory. A message carrying a transcript queues
 * the chunk frames, {@code flush: true} a {@code flush_done}, and {@code continue: false} the
 * context's {@code done}, in that order; {@code cancel: true} drops what is still queued.
 *
 * @author cartesia4j
 */
final class WebSocketAudioSession {

	private static final String CONTEXT_ID = "\"context_id\":";

	private static final String TRANSCRIPT = "\"transcript\":";

	private static final String CONTINUE = "\"continue\":";

	private static final String FLUSH = "\"flush\":";

	private static final String CANCEL = "\"cancel\":";

	private static final int DONE = -1;

	private final WebSocketAudio audio;

	private final Map<String, Context> contexts = new HashMap<>();

	private final ArrayDeque<Context> ready = new ArrayDeque<>();

	private final ArrayDeque<WebSocketFrame> errors = new ArrayDeque<>();

	private @Nullable FluxSink<WebSocketFrame> sink;

	private boolean draining;

	private boolean again;

	WebSocketAudioSession(WebSocketAudio audio) {
		this.audio = audio;
	}

	/**
	 * Serve the connection: read the client's messages and write the frames they ask for.
	 * @param inbound the client's messages
	 * @param outbound the frames to the client
	 * @return completes when the connection ends
	 */
	Mono<Void> serve(WebsocketInbound inbound, WebsocketOutbound outbound) {
		Flux<WebSocketFrame> frames = Flux.create((sink) -> {
			synchronized (this) {
				this.sink = sink;
			}
			sink.onRequest((count) -> drain());
		});
		Mono<Void> reading = inbound.aggregateFrames(WebSocketAudio.SPEC.maxFramePayloadLength())
			.receiveFrames()
			.doOnNext(this::receive)
			.doFinally((signal) -> complete())
			.then();
		return outbound.sendObject(frames).then().and(reading);
	}

	private void receive(WebSocketFrame frame) {
		if (frame instanceof TextWebSocketFrame) {
			synchronized (this) {
				message(frame.content().toString(StandardCharsets.UTF_8));
			}
			drain();
		}
	}

	/**
	 * Handle a message, finding its fields by their keys: Jackson writes compact JSON, and a
	 * key such as {@code "continue":} cannot match inside a string value, where quotes are
	 * escaped.
	 * @param json the message
	 */
	private void message(String json) {
		int idValue = valueAt(json, CONTEXT_ID);
		int idEnd = stringEnd(json, idValue);
		if (idEnd < 0) {
			this.errors.add(this.audio.error("context_id is required"));
			return;
		}
		String key = json.substring(idValue + 1, idEnd);
		byte[] id = key.getBytes(StandardCharsets.UTF_8);
		if (isTrue(json, CANCEL)) {
			Context cancelled = this.contexts.remove(key);
			if (cancelled != null) {
				cancelled.pending.clear();
			}
			return;
		}
		Context context = this.contexts.computeIfAbsent(key, (ignored) -> new Context(key, id));
		int transcript = valueAt(json, TRANSCRIPT);
		if (stringEnd(json, transcript) > transcript + 1) {
			for (int i = 0; i < WebSocketAudio.CHUNKS; i++) {
				context.pending.add(i);
			}
		}
		if (isTrue(json, FLUSH)) {
			context.pending.add(DONE - (++context.flushes));
		}
		if (!isTrue(json, CONTINUE)) {
			context.pending.add(DONE);
		}
		if (!context.scheduled && !context.pending.isEmpty()) {
			context.scheduled = true;
			this.ready.add(context);
		}
	}

	private static int valueAt(String json, String key) {
		int at = json.indexOf(key);
		return (at < 0) ? -1 : at + key.length();
	}

	private static boolean isTrue(String json, String key) {
		int value = valueAt(json, key);
		return value >= 0 && json.startsWith("true", value);
	}

	private static int stringEnd(String json, int quote) {
		if (quote < 0 || quote >= json.length() || json.charAt(quote) != '"') {
			return -1;
		}
		for (int at = quote + 1; at < json.length(); at++) {
			char c = json.charAt(at);
			if (c == '\\') {
				at++;
			}
			else if (c == '"') {
				return at;
			}
		}
		return -1;
	}

	private void drain() {
		synchronized (this) {
			if (this.draining) {
				this.again = true;
				return;
			}
			this.draining = true;
		}
		try {
			boolean more;
			do {
				more = drainOnce();
			}
			while (more);
		}
		finally {
			synchronized (this) {
				this.draining = false;
			}
		}
	}

	private boolean drainOnce() {
		FluxSink<WebSocketFrame> out;
		synchronized (this) {
			this.again = false;
			out = this.sink;
		}
		while (out != null && out.requestedFromDownstream() > 0) {
			WebSocketFrame frame;
			synchronized (this) {
				frame = next();
			}
			if (frame == null) {
				break;
			}
			out.next(frame);
		}
		synchronized (this) {
			return this.again;
		}
	}

	private @Nullable WebSocketFrame next() {
		WebSocketFrame error = this.errors.poll();
		if (error != null) {
			return error;
		}
		Context context;
		while ((context = this.ready.poll()) != null) {
			Integer item = context.pending.poll();
			if (item == null) {
				context.scheduled = false;
				continue;
			}
			if (context.pending.isEmpty()) {
				context.scheduled = false;
			}
			else {
				this.ready.add(context);
			}
			if (item >= 0) {
				return this.audio.chunk(context.id, item);
			}
			if (item == DONE) {
				this.contexts.remove(context.key, context);
				return this.audio.done(context.id);
			}
			return this.audio.flushDone(context.id, DONE - item);
		}
		return null;
	}

	private void complete() {
		FluxSink<WebSocketFrame> out;
		synchronized (this) {
			out = this.sink;
			this.contexts.clear();
			this.ready.clear();
		}
		if (out != null) {
			out.complete();
		}
	}

	/**
	 * A context and the frames queued for it: chunk indexes, {@code DONE}, or
	 * {@code DONE - flushId} for a {@code flush_done}.
	 */
	private static final class Context {

		private final String key;

		private final byte[] id;

		private final ArrayDeque<Integer> pending = new ArrayDeque<>();

		private int flushes;

		private boolean scheduled;

		Context(String key, byte[] id) {
			this.key = key;
			this.id = id;
		}

	}

}
