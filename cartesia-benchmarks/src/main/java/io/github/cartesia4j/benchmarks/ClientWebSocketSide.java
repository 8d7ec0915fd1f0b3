package io.github.cartesia4j.benchmarks;

import java.time.Duration;

import reactor.core.publisher.Sinks;

import io.github.cartesia4j.client.tts.TtsClient;
import io.github.cartesia4j.client.tts.TtsContext;
import io.github.cartesia4j.client.tts.TtsContextSettings;
import io.github.cartesia4j.client.tts.TtsEvent;
import io.github.cartesia4j.client.tts.TtsWebSocket;

/**
 * The side under test: {@link TtsClient#websocket()}, used the way an application would. Each
 * context is created with {@link TtsWebSocket#context}, its {@link TtsContext#events()}
 * subscribed, then {@code send(transcript).then(end())} subscribed. The client closes its
 * connection once no context is open, so a keeper context, opened with a flush before the
 * rounds and ended after them, holds the one connection open for the whole benchmark.
 *
 * @author cartesia4j
 */
final class ClientWebSocketSide implements WebSocketSide {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final TtsWebSocket webSocket;

	private final TtsContextSettings settings;

	private final String transcript;

	private final TtsContext keeper;

	private final Sinks.Empty<Void> keeperEnded = Sinks.empty();

	/**
	 * Open the connection.
	 * @param tts the client
	 * @param settings the settings of every context
	 * @param transcript the transcript of every context
	 */
	ClientWebSocketSide(TtsClient tts, TtsContextSettings settings, String transcript) {
		this.webSocket = tts.websocket();
		this.settings = settings;
		this.transcript = transcript;
		this.keeper = this.webSocket.context(settings);
		this.keeper.events().subscribe(null, this.keeperEnded::tryEmitError, this.keeperEnded::tryEmitEmpty);
		this.keeper.flush().block(TIMEOUT);
	}

	@Override
	public String name() {
		return "client";
	}

	@Override
	public void start(ContextRound round) {
		for (int i = 0; i < round.contexts(); i++) {
			int index = i;
			round.started(index);
			TtsContext context = this.webSocket.context(this.settings);
			context.events().subscribe((event) -> {
				if (event instanceof TtsEvent.Chunk chunk) {
					round.chunk(index, chunk.audio().length);
				}
				else if (event instanceof TtsEvent.Done) {
					round.done(index);
				}
			}, (ex) -> round.failed(index, ex), () -> round.ended(index));
			context.send(this.transcript).then(context.end()).subscribe(null, (ex) -> round.failed(index, ex));
		}
	}

	@Override
	public void close() {
		this.keeper.end().block(TIMEOUT);
		this.keeperEnded.asMono().block(TIMEOUT);
	}

}
