package io.github.cartesia4j.client.stt;

import io.github.cartesia4j.client.core.Arguments;

/**
 * What a caller sends on {@code GET /stt/turns/websocket}: audio, or new turn detection
 * thresholds.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public sealed interface SttTurnInput permits SttTurnInput.Audio, SttTurnInput.Configure {

	/**
	 * Audio to transcribe.
	 * @param data the bytes, in the encoding and sample rate of the session; not copied, so
	 * they must not change once passed
	 * @return the input
	 */
	static SttTurnInput audio(byte[] data) {
		return new Audio(data);
	}

	/**
	 * Change the turn detection thresholds from here on.
	 * @param config the new thresholds
	 * @return the input
	 */
	static SttTurnInput configure(SttTurnConfig config) {
		return new Configure(config);
	}

	/**
	 * A chunk of audio, sent as one binary frame.
	 *
	 * @param data the bytes; an empty chunk sends nothing
	 */
	record Audio(byte[] data) implements SttTurnInput {

		public Audio {
			Arguments.requireNonNull(data, "data");
		}

	}

	/**
	 * The {@code config} command: {@code {"type": "config", "turn": {...}}}.
	 *
	 * @param turn the new thresholds
	 */
	record Configure(SttTurnConfig turn) implements SttTurnInput {

		public Configure {
			Arguments.requireNonNull(turn, "turn");
		}

	}

}
