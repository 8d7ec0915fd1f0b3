package io.github.cartesia4j.client.tts;

/**
 * Receives the timing of every text-to-speech generation, for metrics. Implementations must
 * be cheap and must not block.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public interface TtsRecorder {

	/**
	 * A recorder that records nothing.
	 */
	TtsRecorder NONE = (generation) -> Sample.NONE;

	/**
	 * Start timing a generation.
	 * @param generation what is generated
	 * @return the running sample
	 */
	Sample start(Generation generation);

	/**
	 * Low-cardinality description of a generation.
	 *
	 * @param model the model id
	 * @param container the output container
	 * @param transport {@code bytes}, {@code sse} or {@code websocket}
	 * @param characters the transcript length in characters; for {@code websocket} 0, the
	 * pieces arriving through {@link Sample#addCharacters(int)}
	 */
	record Generation(String model, String container, String transport, int characters) {

	}

	/**
	 * A running generation.
	 */
	interface Sample {

		/**
		 * A sample that records nothing.
		 */
		Sample NONE = new Sample() {

			@Override
			public void firstAudio() {
			}

			@Override
			public void stop(String outcome) {
			}

		};

		/**
		 * The first audio byte reached the caller.
		 */
		void firstAudio();

		/**
		 * More transcript characters were sent after the generation started, for transports
		 * that send the transcript in pieces (the WebSocket starts at 0 characters). Ignored
		 * by default.
		 * @param count the number of characters sent
		 */
		default void addCharacters(int count) {
		}

		/**
		 * The generation ended.
		 * @param outcome {@code SUCCESS}, {@code CLIENT_ERROR}, {@code SERVER_ERROR},
		 * {@code CANCELLED} or {@code UNKNOWN}
		 */
		void stop(String outcome);

	}

}
