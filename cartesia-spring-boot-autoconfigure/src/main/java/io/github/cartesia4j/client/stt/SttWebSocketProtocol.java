package io.github.cartesia4j.client.stt;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import io.github.cartesia4j.client.core.WebSocketConnection;

/**
 * What differs between the two speech-to-text WebSockets: how inputs and the end of input are
 * written, which frames are events, and how a session ends.
 *
 * @param <I> the input type
 * @param <E> the event type
 * @author cartesia4j
 * @since 0.1.0
 */
interface SttWebSocketProtocol<I, E> {

	/**
	 * Return the operation name used in error messages.
	 * @return for example {@code stt.websocket}
	 */
	String operation();

	/**
	 * Return the path of the WebSocket.
	 * @return for example {@code /stt/websocket}
	 */
	String path();

	/**
	 * Write one input.
	 * @param connection the open socket
	 * @param input the input
	 * @return completes once written
	 */
	Mono<Void> send(WebSocketConnection connection, I input);

	/**
	 * Return the text command that ends the input.
	 * @return the command
	 */
	String closeCommand();

	/**
	 * Read a frame that is not an error.
	 * @param type the {@code type} of the frame
	 * @param frame the frame
	 * @return the event, or {@code null} to skip the frame
	 */
	@Nullable E event(String type, JsonNode frame);

	/**
	 * Whether a frame of this type is the last of the session.
	 * @param type the {@code type} of the frame
	 * @return {@code true} to complete after it
	 */
	boolean isLast(String type);

	/**
	 * Whether a normal close by the server once the input has ended completes the session,
	 * for sockets that send no last frame.
	 * @return {@code true} if it does
	 */
	boolean endsWithNormalClose();

}
