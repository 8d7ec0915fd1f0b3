package io.github.cartesia4j.client.tts;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.cartesia4j.client.core.Arguments;
import io.github.cartesia4j.client.core.CartesiaConnectionException;
import io.github.cartesia4j.client.core.CartesiaStreamInterruptedException;
import io.github.cartesia4j.client.core.WebSocketTransport;

/**
 * Default {@link TtsWebSocket}: keeps at most one open connection and binds each context to
 * the connection that is current when the context sends its first message. One lock guards
 * the connection and the state of every context; events are emitted outside it.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
final class DefaultTtsWebSocket implements TtsWebSocket {

	static final String OPERATION = "tts.websocket";

	static final String PATH = "/tts/websocket";

	private final WebSocketTransport transport;

	private final TtsDefaults defaults;

	private final TtsRecorder recorder;

	private final Object lock = new Object();

	private @Nullable TtsWebSocketConnection current;

	DefaultTtsWebSocket(WebSocketTransport transport, TtsDefaults defaults, TtsRecorder recorder) {
		this.transport = transport;
		this.defaults = defaults;
		this.recorder = recorder;
	}

	@Override
	public TtsContext context(TtsContextSettings settings) {
		return newContext(this.defaults.apply(Arguments.requireNonNull(settings, "settings")));
	}

	@Override
	public Flux<TtsEvent> speak(Flux<String> textPieces, TtsContextSettings settings) {
		Arguments.requireNonNull(textPieces, "textPieces");
		TtsContextSettings resolved = this.defaults.apply(Arguments.requireNonNull(settings, "settings"));
		return Flux.defer(() -> {
			DefaultTtsContext context = newContext(resolved);
			Mono<TtsEvent> input = textPieces.concatMap(context::send)
				.then(context.end())
				.onErrorResume((ex) -> context.cancel().onErrorResume((ignored) -> Mono.empty()).then(Mono.error(ex)))
				.then(Mono.empty());
			return Flux.merge(context.events(), input);
		});
	}

	@Override
	public Mono<Void> close() {
		return Mono.defer(() -> {
			TtsWebSocketConnection connection;
			synchronized (this.lock) {
				connection = this.current;
			}
			if (connection == null) {
				return Mono.empty();
			}
			ended(connection, (context) -> interrupted(context, "the caller closed the connection", null));
			return connection.close();
		});
	}

	Object lock() {
		return this.lock;
	}

	TtsRecorder recorder() {
		return this.recorder;
	}

	/**
	 * Bind a context to the current connection, creating one if needed; call with the lock
	 * held, then {@link TtsWebSocketConnection#open(WebSocketTransport)} without it.
	 * @param context the context
	 * @return the connection
	 */
	TtsWebSocketConnection bind(DefaultTtsContext context) {
		TtsWebSocketConnection connection = this.current;
		if (connection != null && connection.has(context.contextId())) {
			throw new IllegalStateException(
					"context_id '" + context.contextId() + "' is already in use on the WebSocket connection");
		}
		if (connection == null) {
			connection = new TtsWebSocketConnection(this);
			this.current = connection;
		}
		connection.add(context);
		return connection;
	}

	void open(TtsWebSocketConnection connection) {
		connection.open(this.transport);
	}

	/**
	 * A context of the connection has ended; close the connection normally if it was the last
	 * one.
	 * @param connection the connection
	 * @param context the context
	 */
	void leave(TtsWebSocketConnection connection, DefaultTtsContext context) {
		boolean idle;
		synchronized (this.lock) {
			connection.remove(context);
			idle = connection.isEmpty() && !connection.isClosing();
			if (idle) {
				connection.closing();
				if (this.current == connection) {
					this.current = null;
				}
			}
		}
		if (idle) {
			connection.close().subscribe(null, (ex) -> {
			});
		}
	}

	/**
	 * The connection is gone or unusable: fail every context still bound to it.
	 * @param connection the connection
	 * @param failure the failure of each context
	 */
	void ended(TtsWebSocketConnection connection, Function<DefaultTtsContext, Throwable> failure) {
		List<DefaultTtsContext> open;
		synchronized (this.lock) {
			connection.closing();
			if (this.current == connection) {
				this.current = null;
			}
			open = connection.removeAll();
		}
		open.forEach((context) -> context.fail(failure.apply(context)));
	}

	static CartesiaStreamInterruptedException interrupted(DefaultTtsContext context, String why,
			@Nullable Throwable cause) {
		String message = OPERATION + " context '" + context.contextId() + "' was interrupted: " + why;
		return new CartesiaStreamInterruptedException(message,
				(cause != null) ? cause : new CartesiaConnectionException(why, null));
	}

	private DefaultTtsContext newContext(TtsContextSettings resolved) {
		String id = (resolved.contextId() != null) ? resolved.contextId() : UUID.randomUUID().toString();
		return new DefaultTtsContext(this, resolved, id);
	}

}
