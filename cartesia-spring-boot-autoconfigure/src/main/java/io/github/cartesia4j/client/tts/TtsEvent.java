package io.github.cartesia4j.client.tts;

import org.jspecify.annotations.Nullable;

/**
 * An event of a streamed text-to-speech generation (SSE or WebSocket).
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public sealed interface TtsEvent permits TtsEvent.Chunk, TtsEvent.Words, TtsEvent.Phonemes, TtsEvent.FlushDone,
		TtsEvent.Done {

	/**
	 * Return the context this event belongs to.
	 * @return the context id, or {@code null} if the API sent none
	 */
	@Nullable String contextId();

	/**
	 * A piece of audio, already decoded from base64.
	 *
	 * @param audio the audio bytes in the requested raw encoding
	 * @param stepTime generation time of this chunk in milliseconds
	 * @param contextId the context id
	 * @param flushId the flush this audio belongs to (WebSocket)
	 */
	record Chunk(byte[] audio, @Nullable Double stepTime, @Nullable String contextId,
			@Nullable Integer flushId) implements TtsEvent {

	}

	/**
	 * Word timestamps.
	 *
	 * @param timestamps the timings
	 * @param contextId the context id
	 * @param flushId the flush these words belong to (WebSocket)
	 */
	record Words(WordTimestamps timestamps, @Nullable String contextId, @Nullable Integer flushId) implements TtsEvent {

	}

	/**
	 * Phoneme timestamps.
	 *
	 * @param timestamps the timings
	 * @param contextId the context id
	 * @param flushId the flush these phonemes belong to (WebSocket)
	 */
	record Phonemes(PhonemeTimestamps timestamps, @Nullable String contextId,
			@Nullable Integer flushId) implements TtsEvent {

	}

	/**
	 * All audio of a flush has been sent (WebSocket).
	 *
	 * @param contextId the context id
	 * @param flushId the flush that completed
	 */
	record FlushDone(@Nullable String contextId, int flushId) implements TtsEvent {

	}

	/**
	 * The generation is complete; the last event of a stream.
	 *
	 * @param contextId the context id
	 */
	record Done(@Nullable String contextId) implements TtsEvent {

	}

}
