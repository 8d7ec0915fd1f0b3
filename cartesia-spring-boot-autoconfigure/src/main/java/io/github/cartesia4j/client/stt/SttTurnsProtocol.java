package io.github.cartesia4j.client.stt;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import io.github.cartesia4j.client.core.CartesiaJson;
import io.github.cartesia4j.client.core.WebSocketConnection;

/**
 * The protocol of {@code GET /stt/turns/websocket}: audio as binary frames, JSON commands
 * {@code {"type": "config", "turn": {...}}} and {@code {"type": "close"}}, and
 * {@code connected} and {@code turn.*} events. The API closes the socket normally once it has
 * handled the close command; a {@code done} frame, should one come, ends the session too.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
final class SttTurnsProtocol implements SttWebSocketProtocol<SttTurnInput, SttTurnEvent> {

	static final String CLOSE = "{\"type\":\"close\"}";

	@Override
	public String operation() {
		return "stt.turns.websocket";
	}

	@Override
	public String path() {
		return "/stt/turns/websocket";
	}

	@Override
	public Mono<Void> send(WebSocketConnection connection, SttTurnInput input) {
		if (input instanceof SttTurnInput.Audio audio) {
			return (audio.data().length > 0) ? connection.send(audio.data()) : Mono.empty();
		}
		SttTurnConfig turn = ((SttTurnInput.Configure) input).turn();
		return connection.send(CartesiaJson.mapper().writeValueAsString(new SttTurnsCommand("config", turn)));
	}

	@Override
	public String closeCommand() {
		return CLOSE;
	}

	@Override
	public @Nullable SttTurnEvent event(String type, JsonNode frame) {
		String requestId = SttStreamProtocol.text(frame, "request_id");
		String transcript = SttStreamProtocol.text(frame, "transcript");
		return switch (type) {
			case "connected" -> new SttTurnEvent.Connected(requestId);
			case "turn.start" -> new SttTurnEvent.Start(requestId);
			case "turn.update" -> new SttTurnEvent.Update(transcript, requestId);
			case "turn.eager_end" -> new SttTurnEvent.EagerEnd(transcript, requestId);
			case "turn.resume" -> new SttTurnEvent.Resume(requestId);
			case "turn.end" -> new SttTurnEvent.End(transcript, requestId);
			default -> null;
		};
	}

	@Override
	public boolean isLast(String type) {
		return "done".equals(type);
	}

	@Override
	public boolean endsWithNormalClose() {
		return true;
	}

}
