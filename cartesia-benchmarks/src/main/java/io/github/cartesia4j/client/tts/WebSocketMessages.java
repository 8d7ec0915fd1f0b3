package io.github.cartesia4j.client.tts;

/**
 * The text messages the TTS WebSocket client writes for a context, so that the benchmarks'
 * raw WebSocket side puts the very bytes of the client on the wire. Lives in the client's
 * package to reach the package-private {@link TtsWebSocketMessage}.
 *
 * @author cartesia4j
 */
public final class WebSocketMessages {

	private WebSocketMessages() {
	}

	/**
	 * Return the message that sends a transcript piece with more to follow, as
	 * {@link TtsContext#send(String)} writes it.
	 * @param settings complete settings (model, voice, raw output format and language), so
	 * that the client's defaults change nothing
	 * @param contextId the context
	 * @param transcript the piece
	 * @return the JSON message
	 */
	public static String piece(TtsContextSettings settings, String contextId, String transcript) {
		return TtsWebSocketMessage.piece(settings, contextId, transcript);
	}

	/**
	 * Return the message that ends the input of a context, as {@link TtsContext#end()} writes
	 * it.
	 * @param settings complete settings, as for {@link #piece}
	 * @param contextId the context
	 * @return the JSON message
	 */
	public static String end(TtsContextSettings settings, String contextId) {
		return TtsWebSocketMessage.end(settings, contextId);
	}

}
