package io.github.cartesia4j.client.auth;

/**
 * A capability an access token may be granted.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public enum Grant {

	/**
	 * Text-to-speech: {@code /tts/bytes}, {@code /tts/sse} and the TTS WebSocket.
	 */
	TTS,

	/**
	 * Speech-to-text: {@code /stt} and the STT WebSockets.
	 */
	STT,

	/**
	 * The voice agents' WebSocket calling endpoint (newer API versions).
	 */
	AGENT

}
