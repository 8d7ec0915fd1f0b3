package io.github.cartesia4j.test.simulator;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * The server side of one speech-to-text WebSocket connection: receives the client's text and
 * binary frames in order, queues the JSON frames to send, and decides when and how the socket
 * closes. A query the API would reject gets an {@code error} frame, then the socket closes
 * with code {@value #INVALID}; so does any error later on.
 *
 * @author cartesia4j
 */
abstract class SttWebSocketConversation {

	/**
	 * Close code after an error frame (policy violation).
	 */
	static final int INVALID = 1008;

	private static final int MAX_REASON_BYTES = 123;

	private final Sinks.Many<String> frames = Sinks.many().unicast().onBackpressureBuffer();

	private final String requestId;

	private final @Nullable SimulatorException invalid;

	private int closeCode = 1000;

	private String closeReason = "";

	private boolean closed;

	private volatile boolean disconnected;

	/**
	 * Create a conversation.
	 * @param requestId the id of the connection, sent as {@code request_id} in every frame
	 * @param invalid why the query is invalid, or {@code null} if it is valid
	 */
	SttWebSocketConversation(String requestId, @Nullable SimulatorException invalid) {
		this.requestId = requestId;
		this.invalid = invalid;
	}

	/**
	 * The connection is open: report an invalid query, or greet the client.
	 */
	final synchronized void start() {
		if (this.invalid != null) {
			fail(this.invalid);
			return;
		}
		opened();
	}

	/**
	 * Called once the connection is open with a valid query. Does nothing by default.
	 */
	void opened() {
	}

	/**
	 * Handle a text frame.
	 * @param text the payload
	 */
	final synchronized void text(String text) {
		if (this.closed) {
			return;
		}
		try {
			command(text);
		}
		catch (SimulatorException ex) {
			fail(ex);
		}
	}

	/**
	 * Handle a binary frame.
	 * @param data the payload
	 */
	final synchronized void audio(byte[] data) {
		if (this.closed) {
			return;
		}
		try {
			hear(data);
		}
		catch (SimulatorException ex) {
			fail(ex);
		}
	}

	/**
	 * Act on a text command.
	 * @param text the command
	 * @throws SimulatorException (400) for a command the API would reject
	 */
	abstract void command(String text);

	/**
	 * Listen to a chunk of audio.
	 * @param data the bytes in the encoding of the session
	 */
	abstract void hear(byte[] data);

	String requestId() {
		return this.requestId;
	}

	/**
	 * Queue a frame.
	 * @param frame a map written as a JSON object
	 */
	synchronized void send(Map<String, @Nullable Object> frame) {
		if (!this.closed) {
			this.frames.tryEmitNext(new String(SimulatorJson.write(frame), StandardCharsets.UTF_8));
		}
	}

	/**
	 * Start a frame with its type and the request id.
	 * @param type the frame type
	 * @return the frame, to add fields to
	 */
	Map<String, @Nullable Object> frame(String type) {
		Map<String, @Nullable Object> frame = new LinkedHashMap<>();
		frame.put("type", type);
		frame.put("request_id", this.requestId);
		return frame;
	}

	/**
	 * Send an error frame in the API's shape, then close the socket.
	 * @param error the error
	 */
	synchronized void fail(SimulatorException error) {
		Map<String, @Nullable Object> frame = frame("error");
		frame.put("status_code", error.status());
		frame.put("title", error.title());
		frame.put("message", error.getMessage());
		frame.put("error_code", error.errorCode());
		send(frame);
		close(INVALID, String.valueOf(error.getMessage()));
	}

	/**
	 * Close the socket once the queued frames are sent.
	 * @param code the close code
	 * @param reason the reason
	 */
	synchronized void close(int code, String reason) {
		if (this.closed) {
			return;
		}
		this.closed = true;
		this.closeCode = code;
		byte[] bytes = reason.getBytes(StandardCharsets.UTF_8);
		this.closeReason = (bytes.length <= MAX_REASON_BYTES) ? reason
				: new String(bytes, 0, MAX_REASON_BYTES - 3, StandardCharsets.UTF_8).replace("\uFFFD", "") + "...";
		this.frames.tryEmitComplete();
	}

	/**
	 * The client has gone.
	 */
	synchronized void disconnected() {
		this.disconnected = true;
		this.closed = true;
		this.frames.tryEmitComplete();
	}

	boolean isDisconnected() {
		return this.disconnected;
	}

	synchronized int closeCode() {
		return this.closeCode;
	}

	synchronized String closeReason() {
		return this.closeReason;
	}

	Flux<String> frames() {
		return this.frames.asFlux();
	}

}
