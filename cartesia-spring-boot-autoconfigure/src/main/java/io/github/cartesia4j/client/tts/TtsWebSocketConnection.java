package io.github.cartesia4j.client.tts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import org.springframework.util.LinkedMultiValueMap;

import io.github.cartesia4j.client.core.ApiErrors;
import io.github.cartesia4j.client.core.CartesiaDecodingException;
import io.github.cartesia4j.client.core.CartesiaException;
import io.github.cartesia4j.client.core.CartesiaJson;
import io.github.cartesia4j.client.core.CartesiaStreamException;
import io.github.cartesia4j.client.core.Outcome;
import io.github.cartesia4j.client.core.WebSocketClosure;
import io.github.cartesia4j.client.core.WebSocketConnection;
import io.github.cartesia4j.client.core.WebSocketListener;
import io.github.cartesia4j.client.core.WebSocketTransport;

/**
 * One physical text-to-speech WebSocket and the contexts bound to it: routes every frame to
 * its context by {@code context_id}. An error frame with no context (and no request id naming
 * an open one) fails every context; a frame for a context that has left is dropped.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
final class TtsWebSocketConnection implements WebSocketListener {

	private final DefaultTtsWebSocket owner;

	private final Map<String, DefaultTtsContext> contexts = new ConcurrentHashMap<>();

	private final Sinks.One<WebSocketConnection> connected = Sinks.one();

	private final AtomicBoolean opened = new AtomicBoolean();

	private boolean closing;

	TtsWebSocketConnection(DefaultTtsWebSocket owner) {
		this.owner = owner;
	}

	void open(WebSocketTransport transport) {
		if (!this.opened.compareAndSet(false, true)) {
			return;
		}
		transport.connect(DefaultTtsWebSocket.OPERATION, DefaultTtsWebSocket.PATH, new LinkedMultiValueMap<>(), this)
			.subscribe(this.connected::tryEmitValue, (error) -> {
				this.connected.tryEmitError(error);
				this.owner.ended(this, (context) -> error);
			});
	}

	Mono<Void> send(String message) {
		return this.connected.asMono().flatMap((connection) -> connection.send(message));
	}

	Mono<Void> close() {
		return this.connected.asMono().flatMap(WebSocketConnection::close).onErrorResume((ex) -> Mono.empty());
	}

	boolean has(String contextId) {
		return this.contexts.containsKey(contextId);
	}

	void add(DefaultTtsContext context) {
		this.contexts.put(context.contextId(), context);
	}

	void remove(DefaultTtsContext context) {
		this.contexts.remove(context.contextId(), context);
	}

	List<DefaultTtsContext> removeAll() {
		List<DefaultTtsContext> all = new ArrayList<>(this.contexts.values());
		this.contexts.clear();
		return all;
	}

	boolean isEmpty() {
		return this.contexts.isEmpty();
	}

	boolean isClosing() {
		return this.closing;
	}

	void closing() {
		this.closing = true;
	}

	@Override
	public void onText(String text) {
		JsonNode frame;
		try {
			frame = CartesiaJson.tree(text);
		}
		catch (JacksonException ex) {
			this.owner.ended(this, (context) -> new CartesiaDecodingException(
					DefaultTtsWebSocket.OPERATION + " received a malformed frame: " + ex.getOriginalMessage(), ex));
			close().subscribe();
			return;
		}
		String contextId = text(frame, "context_id");
		if ("error".equals(text(frame, "type"))) {
			error(frame, text, contextId);
			return;
		}
		DefaultTtsContext context = (contextId != null) ? this.contexts.get(contextId) : null;
		if (context == null) {
			return;
		}
		TtsEvent event;
		try {
			event = TtsEventParser.parse(frame, null, text);
		}
		catch (CartesiaException ex) {
			end(context, ex);
			return;
		}
		if (event != null) {
			context.emit(event);
			if (event instanceof TtsEvent.Done && context.finish(null, Outcome.SUCCESS)) {
				this.owner.leave(this, context);
			}
		}
	}

	@Override
	public void onClosed(WebSocketClosure closure) {
		this.owner.ended(this, (context) -> DefaultTtsWebSocket.interrupted(context,
				"the connection " + closure.describe(), closure.error()));
	}

	private void error(JsonNode frame, String text, @Nullable String contextId) {
		String target = (contextId != null) ? contextId : contextOfRequest(text(frame, "request_id"));
		if (target == null) {
			this.owner.ended(this, (context) -> ApiErrors.fromFrame(frame, text));
			close().subscribe();
			return;
		}
		DefaultTtsContext context = this.contexts.get(target);
		if (context != null) {
			end(context, ApiErrors.fromFrame(frame, text));
		}
	}

	private void end(DefaultTtsContext context, CartesiaException error) {
		String outcome = (error instanceof CartesiaStreamException) ? Outcome.of(error) : Outcome.UNKNOWN;
		if (context.finish(error, outcome)) {
			this.owner.leave(this, context);
		}
	}

	private @Nullable String contextOfRequest(@Nullable String requestId) {
		if (requestId == null) {
			return null;
		}
		String[] parts = requestId.split(":");
		return (parts.length == 3 && this.contexts.containsKey(parts[1])) ? parts[1] : null;
	}

	private static @Nullable String text(JsonNode frame, String field) {
		JsonNode value = frame.get(field);
		return (value == null || value.isNull()) ? null : value.asString();
	}

}
