package io.github.cartesia4j.client.stt;

import org.jspecify.annotations.Nullable;

/**
 * An event of a transcription with turn detection on {@code GET /stt/turns/websocket}. A turn
 * goes {@link Start}, {@link Update}s, possibly {@link EagerEnd} then {@link Resume} when the
 * speaker carries on, and {@link End}.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public sealed interface SttTurnEvent permits SttTurnEvent.Connected, SttTurnEvent.Start, SttTurnEvent.Update,
		SttTurnEvent.EagerEnd, SttTurnEvent.Resume, SttTurnEvent.End {

	/**
	 * Return the id of the WebSocket session, the same for every turn.
	 * @return the request id, or {@code null} if the API sent none
	 */
	@Nullable String requestId();

	/**
	 * The session is ready ({@code connected}).
	 *
	 * @param requestId the id of the session
	 */
	record Connected(@Nullable String requestId) implements SttTurnEvent {

	}

	/**
	 * Speech began: a new turn ({@code turn.start}).
	 *
	 * @param requestId the id of the session
	 */
	record Start(@Nullable String requestId) implements SttTurnEvent {

	}

	/**
	 * The transcript of the current turn so far ({@code turn.update}).
	 *
	 * @param transcript the whole text of the turn so far
	 * @param requestId the id of the session
	 */
	record Update(String transcript, @Nullable String requestId) implements SttTurnEvent {

		public Update {
			transcript = (transcript != null) ? transcript : "";
		}

	}

	/**
	 * The turn is probably over ({@code turn.eager_end}): a preview to start preparing an
	 * answer, followed by {@link End} or, if speech resumes, {@link Resume}.
	 *
	 * @param transcript the text of the turn so far
	 * @param requestId the id of the session
	 */
	record EagerEnd(String transcript, @Nullable String requestId) implements SttTurnEvent {

		public EagerEnd {
			transcript = (transcript != null) ? transcript : "";
		}

	}

	/**
	 * Speech came back after an {@link EagerEnd}: the turn goes on ({@code turn.resume}).
	 *
	 * @param requestId the id of the session
	 */
	record Resume(@Nullable String requestId) implements SttTurnEvent {

	}

	/**
	 * The turn is over ({@code turn.end}).
	 *
	 * @param transcript the final text of the turn
	 * @param requestId the id of the session
	 */
	record End(String transcript, @Nullable String requestId) implements SttTurnEvent {

		public End {
			transcript = (transcript != null) ? transcript : "";
		}

	}

}
