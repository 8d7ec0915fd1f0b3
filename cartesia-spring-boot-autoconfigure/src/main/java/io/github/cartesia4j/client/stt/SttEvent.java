package io.github.cartesia4j.client.stt;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * An event of a realtime transcription on {@code GET /stt/websocket}.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public sealed interface SttEvent permits SttEvent.Transcript, SttEvent.FlushDone, SttEvent.Done {

	/**
	 * Return the id of the WebSocket session.
	 * @return the request id, or {@code null} if the API sent none
	 */
	@Nullable String requestId();

	/**
	 * A piece of transcript ({@code transcript}). The text is everything heard since the last
	 * final piece: partial pieces ({@code isFinal} false) may still change, and the final
	 * pieces, joined exactly as they are (no trimming, no added spaces), make up the whole
	 * transcript.
	 *
	 * @param text the text; empty when the API sent none
	 * @param isFinal whether the text will no longer change
	 * @param duration the duration in seconds of the audio behind the text
	 * @param language the language heard, as an ISO-639-1 code
	 * @param words the words with their timings, when the API sent them
	 * @param requestId the id of the session
	 */
	record Transcript(String text, boolean isFinal, @Nullable Double duration, @Nullable String language,
			List<TranscriptionWord> words, @Nullable String requestId) implements SttEvent {

		public Transcript {
			text = (text != null) ? text : "";
			words = (words != null) ? words.stream().filter(Objects::nonNull).toList() : List.of();
		}

	}

	/**
	 * Everything sent before a {@link SttInput#FINALIZE} has been transcribed and its final
	 * transcript sent ({@code flush_done}).
	 *
	 * @param requestId the id of the session
	 */
	record FlushDone(@Nullable String requestId) implements SttEvent {

	}

	/**
	 * The session has ended after the last audio was transcribed ({@code done}); the last
	 * event of a stream.
	 *
	 * @param requestId the id of the session
	 */
	record Done(@Nullable String requestId) implements SttEvent {

	}

}
