package io.github.cartesia4j.client.stt;

import io.github.cartesia4j.client.core.Arguments;

/**
 * What a caller sends on {@code GET /stt/websocket}: audio, or a request to finalize it.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public sealed interface SttInput permits SttInput.Audio, SttInput.Finalize {

	/**
	 * Ask for the final transcript of everything sent so far (the text command
	 * {@code finalize}); a {@link SttEvent.FlushDone} follows it.
	 */
	SttInput FINALIZE = new Finalize();

	/**
	 * Audio to transcribe.
	 * @param data the bytes, in the encoding and sample rate of the session; not copied, so
	 * they must not change once passed
	 * @return the input
	 */
	static SttInput audio(byte[] data) {
		return new Audio(data);
	}

	/**
	 * A chunk of audio, sent as one binary frame (about 100 ms is a good size).
	 *
	 * @param data the bytes; an empty chunk sends nothing
	 */
	record Audio(byte[] data) implements SttInput {

		public Audio {
			Arguments.requireNonNull(data, "data");
		}

	}

	/**
	 * The {@code finalize} command; use {@link SttInput#FINALIZE}.
	 */
	record Finalize() implements SttInput {

	}

}
