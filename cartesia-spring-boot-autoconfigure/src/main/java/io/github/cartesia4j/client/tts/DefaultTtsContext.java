package io.github.cartesia4j.client.tts;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.util.concurrent.Queues;

import io.github.cartesia4j.client.core.Arguments;
import io.github.cartesia4j.client.core.Outcome;

/**
 * Default {@link TtsContext}: its state is guarded by the lock of its
 * {@link DefaultTtsWebSocket}; its events wait in an unbounded queue until consumed.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
final class DefaultTtsContext implements TtsContext {

	private final DefaultTtsWebSocket owner;

	private final TtsContextSettings settings;

	private final String contextId;

	private final Sinks.Many<TtsEvent> events = Sinks.many()
		.unicast()
		.onBackpressureBuffer(Queues.<TtsEvent>unbounded().get());

	private State state = State.NEW;

	private @Nullable TtsWebSocketConnection connection;

	private volatile TtsRecorder.Sample sample = TtsRecorder.Sample.NONE;

	private volatile boolean audio;

	DefaultTtsContext(DefaultTtsWebSocket owner, TtsContextSettings settings, String contextId) {
		this.owner = owner;
		this.settings = settings;
		this.contextId = contextId;
	}

	@Override
	public String contextId() {
		return this.contextId;
	}

	@Override
	public Mono<Void> send(String transcript) {
		Arguments.requireNonNull(transcript, "transcript");
		if (transcript.isEmpty()) {
			return Mono.empty();
		}
		return write(() -> TtsWebSocketMessage.piece(this.settings, this.contextId, transcript), transcript.length(),
				false);
	}

	@Override
	public Mono<Void> flush() {
		return write(() -> TtsWebSocketMessage.flush(this.settings, this.contextId), 0, false);
	}

	@Override
	public Mono<Void> end() {
		return Mono.defer(() -> {
			synchronized (this.owner.lock()) {
				if (this.state == State.OPEN) {
					return write(() -> TtsWebSocketMessage.end(this.settings, this.contextId), 0, true);
				}
				if (this.state != State.NEW) {
					return Mono.empty();
				}
				this.state = State.ENDED;
			}
			terminate(null, Outcome.SUCCESS);
			return Mono.empty();
		});
	}

	@Override
	public Mono<Void> cancel() {
		return Mono.defer(() -> {
			TtsWebSocketConnection bound;
			synchronized (this.owner.lock()) {
				if (this.state == State.ENDED) {
					return Mono.empty();
				}
				this.state = State.ENDED;
				bound = this.connection;
			}
			terminate(null, Outcome.CANCELLED);
			if (bound == null) {
				return Mono.empty();
			}
			return bound.send(TtsWebSocketMessage.cancel(this.contextId))
				.onErrorResume((ex) -> Mono.empty())
				.doFinally((signal) -> this.owner.leave(bound, this));
		});
	}

	@Override
	public Flux<TtsEvent> events() {
		return this.events.asFlux().doOnCancel(() -> cancel().subscribe(null, (ex) -> {
		}));
	}

	@Override
	public String toString() {
		return "TtsContext[" + this.contextId + "]";
	}

	void emit(TtsEvent event) {
		if (event instanceof TtsEvent.Chunk && !this.audio) {
			this.audio = true;
			this.sample.firstAudio();
		}
		synchronized (this.events) {
			this.events.tryEmitNext(event);
		}
	}

	/**
	 * End the context: stop its sample and complete or fail its events, once.
	 * @param error the failure, or {@code null} to complete
	 * @param outcome the metric outcome
	 * @return whether this call ended it
	 */
	boolean finish(@Nullable Throwable error, String outcome) {
		synchronized (this.owner.lock()) {
			if (this.state == State.ENDED) {
				return false;
			}
			this.state = State.ENDED;
		}
		terminate(error, outcome);
		return true;
	}

	void fail(Throwable error) {
		finish(error, Outcome.of(error));
	}

	private void terminate(@Nullable Throwable error, String outcome) {
		this.sample.stop(outcome);
		synchronized (this.events) {
			if (error != null) {
				this.events.tryEmitError(error);
			}
			else {
				this.events.tryEmitComplete();
			}
		}
	}

	private Mono<Void> write(Supplier<String> message, int characters, boolean ending) {
		return Mono.defer(() -> {
			TtsWebSocketConnection bound;
			boolean first = false;
			synchronized (this.owner.lock()) {
				if (this.state == State.ENDED) {
					return Mono.error(new IllegalStateException(this + " has ended"));
				}
				if (this.state == State.INPUT_ENDED) {
					return Mono.error(new IllegalStateException("The input of " + this + " has already ended"));
				}
				if (this.connection == null) {
					this.connection = this.owner.bind(this);
					this.sample = this.owner.recorder()
						.start(new TtsRecorder.Generation(this.settings.modelId(), Container.RAW.value(),
								"websocket", 0));
					this.state = State.OPEN;
					first = true;
				}
				if (ending) {
					this.state = State.INPUT_ENDED;
				}
				bound = this.connection;
			}
			if (characters > 0) {
				this.sample.addCharacters(characters);
			}
			if (first) {
				this.owner.open(bound);
			}
			return bound.send(message.get());
		});
	}

	private enum State {

		NEW, OPEN, INPUT_ENDED, ENDED

	}

}
