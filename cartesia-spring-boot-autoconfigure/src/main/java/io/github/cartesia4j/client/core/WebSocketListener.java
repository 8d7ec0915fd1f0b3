package io.github.cartesia4j.client.core;

/**
 * Receives what arrives on a {@link WebSocketConnection}. Callbacks run one at a time, in
 * order, on the connection's I/O thread: they must be quick and must not block.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public interface WebSocketListener {

	/**
	 * A text frame arrived (fragments already joined).
	 * @param text the frame payload
	 */
	void onText(String text);

	/**
	 * A binary frame arrived (fragments already joined). Ignored by default.
	 * @param data the frame payload
	 */
	default void onBinary(byte[] data) {
	}

	/**
	 * The socket ended; called once, last.
	 * @param closure how it ended
	 */
	void onClosed(WebSocketClosure closure);

}
