package io.github.cartesia4j.client.stt;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;
import reactor.util.concurrent.Queues;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import org.springframework.util.MultiValueMap;

import io.github.cartesia4j.client.core.ApiErrors;
import io.github.cartesia4j.client.core.CartesiaConnectionException;
import io.github.cartesia4j.client.core.CartesiaDecodingException;
import io.github.cartesia4j.client.core.CartesiaJson;
import io.github.cartesia4j.client.core.CartesiaStreamInterruptedException;
import io.github.cartesia4j.client.core.WebSocketClosure;
import io.github.cartesia4j.client.core.WebSocketConnection;
import io.github.cartesia4j.client.core.WebSocketListener;
import io.github.cartesia4j.client.core.WebSocketTransport;

/**
 * One speech-to-text WebSocket session: opens the socket when its events are subscribed,
 * writes the inputs one at a time as the socket accepts them, ends the input with the
 * protocol's close command, and emits the events in order until the last one. The events
 * wait in an unbounded queue until consumed, so a slow consumer loses nothing. An error
 * frame, a socket that ends too early, or a failing input ends the events with an error and
 * closes the socket; cancelling closes it. Inputs are written from another thread than the
 * socket's, once it is reading. A failed write means the socket is going: the frames that
 * arrived before (such as the error frame that explains it) are read first, and its closure
 * ends the events.
 *
 * @param <I> the input type
 * @param <E> the event type
 * @author cartesia4j
 * @since 0.1.0
 */
final class SttWebSocketCall<I, E> implements WebSocketListener {

	private static final Duration CLOSE_AFTER_FAILED_SEND = Duration.ofSeconds(1);

	private final SttWebSocketProtocol<I, E> protocol;

	private final Sinks.Many<E> events = Sinks.many().unicast().onBackpressureBuffer(Queues.<E>unbounded().get());

	private final Disposable.Composite tasks = Disposables.composite();

	private volatile @Nullable WebSocketConnection connection;

	private volatile boolean inputEnded;

	private volatile @Nullable Throwable sendFailure;

	private boolean ended;

	private SttWebSocketCall(SttWebSocketProtocol<I, E> protocol) {
		this.protocol = protocol;
	}

	/**
	 * Return the events of a new session for each subscription.
	 * @param <I> the input type
	 * @param <E> the event type
	 * @param transport the transport that opens the socket
	 * @param protocol the protocol of the socket
	 * @param query the query parameters
	 * @param inputs the inputs, subscribed once the socket is open
	 * @return the events
	 */
	static <I, E> Flux<E> events(WebSocketTransport transport, SttWebSocketProtocol<I, E> protocol,
			MultiValueMap<String, String> query, Flux<I> inputs) {
		return Flux.defer(() -> {
			SttWebSocketCall<I, E> call = new SttWebSocketCall<>(protocol);
			return call.events.asFlux()
				.doOnSubscribe((subscription) -> call.start(transport, query, inputs))
				.doOnCancel(call::cancel);
		});
	}

	@Override
	public void onText(String text) {
		if (isEnded()) {
			return;
		}
		JsonNode frame;
		try {
			frame = CartesiaJson.tree(text);
		}
		catch (JacksonException ex) {
			fail(new CartesiaDecodingException(
					this.protocol.operation() + " received a malformed frame: " + ex.getOriginalMessage(), ex));
			return;
		}
		JsonNode typeNode = frame.get("type");
		String type = (typeNode != null && typeNode.isString()) ? typeNode.asString() : "";
		if ("error".equals(type)) {
			fail(ApiErrors.fromFrame(frame, text));
			return;
		}
		E event;
		try {
			event = this.protocol.event(type, frame);
		}
		catch (RuntimeException ex) {
			fail(new CartesiaDecodingException(
					this.protocol.operation() + " could not read a " + type + " frame: " + ex.getMessage(), ex));
			return;
		}
		if (event != null) {
			emit(event);
		}
		if (this.protocol.isLast(type) && terminate(null)) {
			closeConnection();
		}
	}

	@Override
	public void onClosed(WebSocketClosure closure) {
		Throwable failedSend = this.sendFailure;
		if (this.inputEnded && failedSend == null && closure.isNormal() && this.protocol.endsWithNormalClose()) {
			terminate(null);
			return;
		}
		String why = "the connection " + closure.describe() + " before the session ended";
		Throwable cause = (closure.error() != null) ? closure.error()
				: (failedSend != null) ? failedSend : new CartesiaConnectionException(why, null);
		terminate(new CartesiaStreamInterruptedException(this.protocol.operation() + " was interrupted: " + why,
				cause));
	}

	private void start(WebSocketTransport transport, MultiValueMap<String, String> query, Flux<I> inputs) {
		this.tasks.add(transport.connect(this.protocol.operation(), this.protocol.path(), query, this)
			.publishOn(Schedulers.parallel())
			.subscribe((opened) -> opened(opened, inputs), this::fail));
	}

	private void opened(WebSocketConnection opened, Flux<I> inputs) {
		this.connection = opened;
		if (isEnded()) {
			closeConnection();
			return;
		}
		this.tasks.add(inputs.onErrorMap(InputFailure::new)
			.concatMap((input) -> this.protocol.send(opened, input), 1)
			.then(Mono.defer(() -> {
				this.inputEnded = true;
				return opened.send(this.protocol.closeCommand());
			}))
			.subscribe(null, this::inputFailed));
	}

	private void inputFailed(Throwable error) {
		if (error instanceof InputFailure failure && failure.getCause() != null) {
			fail(failure.getCause());
			return;
		}
		this.sendFailure = error;
		this.tasks.add(Mono.delay(CLOSE_AFTER_FAILED_SEND).subscribe((tick) -> closeConnection()));
	}

	private void emit(E event) {
		synchronized (this) {
			if (!this.ended) {
				this.events.tryEmitNext(event);
			}
		}
	}

	private void fail(Throwable error) {
		if (terminate(error)) {
			closeConnection();
		}
	}

	private boolean terminate(@Nullable Throwable error) {
		synchronized (this) {
			if (this.ended) {
				return false;
			}
			this.ended = true;
			if (error != null) {
				this.events.tryEmitError(error);
			}
			else {
				this.events.tryEmitComplete();
			}
		}
		this.tasks.dispose();
		return true;
	}

	private void cancel() {
		synchronized (this) {
			if (this.ended) {
				return;
			}
			this.ended = true;
		}
		this.tasks.dispose();
		closeConnection();
	}

	private synchronized boolean isEnded() {
		return this.ended;
	}

	private void closeConnection() {
		WebSocketConnection current = this.connection;
		if (current != null) {
			current.close().subscribe(null, (ex) -> {
			});
		}
	}

	/**
	 * Carries an error of the caller's inputs, to tell it apart from a failed write.
	 */
	private static final class InputFailure extends RuntimeException {

		InputFailure(Throwable cause) {
			super(cause.getMessage(), cause, false, false);
		}

	}

}
