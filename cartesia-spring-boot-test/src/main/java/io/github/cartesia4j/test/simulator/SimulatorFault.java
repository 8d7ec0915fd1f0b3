package io.github.cartesia4j.test.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A scripted misbehaviour of the simulator for one request: an error status, a delay, a
 * connection reset, an empty reply, a malformed or cut-short body, or an error frame inside
 * a stream. Register with {@link SimulatorFaults}.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public final class SimulatorFault {

	enum Kind {

		STATUS, DELAY, RESET, EMPTY_REPLY, PARTIAL

	}

	/**
	 * How a partial body ends.
	 */
	public enum Ending {

		/**
		 * The connection is reset (TCP RST).
		 */
		RESET,

		/**
		 * Nothing more is sent, and the connection stays open.
		 */
		STALL,

		/**
		 * The connection is closed normally, cutting the chunked body short.
		 */
		CLOSE,

		/**
		 * The body ends normally after the bytes.
		 */
		COMPLETE

	}

	private final Kind kind;

	private final int status;

	private final Map<String, String> headers;

	private final byte[] body;

	private final Duration delay;

	private final Ending ending;

	private SimulatorFault(Kind kind, int status, Map<String, String> headers, byte[] body, Duration delay,
			Ending ending) {
		this.kind = kind;
		this.status = status;
		this.headers = Map.copyOf(headers);
		this.body = body;
		this.delay = delay;
		this.ending = ending;
	}

	/**
	 * Answer with an error status and the API's JSON error body.
	 * @param status the HTTP status
	 * @return the fault
	 */
	public static SimulatorFault status(int status) {
		String body = "{\"error_code\":\"simulated_" + status + "\",\"title\":\"Simulated error\",\"message\":"
				+ "\"Simulated " + status + " response\",\"request_id\":\"simulated-request\",\"doc_url\":null}";
		return new SimulatorFault(Kind.STATUS, status, Map.of("Content-Type", "application/json"),
				body.getBytes(StandardCharsets.UTF_8), Duration.ZERO, Ending.COMPLETE);
	}

	/**
	 * Delay the response headers, then answer normally.
	 * @param delay the delay
	 * @return the fault
	 */
	public static SimulatorFault delay(Duration delay) {
		return new SimulatorFault(Kind.DELAY, 0, Map.of(), new byte[0], delay, Ending.COMPLETE);
	}

	/**
	 * Reset the connection before sending anything.
	 * @return the fault
	 */
	public static SimulatorFault reset() {
		return new SimulatorFault(Kind.RESET, 0, Map.of(), new byte[0], Duration.ZERO, Ending.RESET);
	}

	/**
	 * Close the connection without sending anything.
	 * @return the fault
	 */
	public static SimulatorFault emptyReply() {
		return new SimulatorFault(Kind.EMPTY_REPLY, 0, Map.of(), new byte[0], Duration.ZERO, Ending.CLOSE);
	}

	/**
	 * Answer 200 with a JSON body that does not parse.
	 * @return the fault
	 */
	public static SimulatorFault malformedJson() {
		return partial("application/json", "{\"ok\": tru".getBytes(StandardCharsets.UTF_8), Ending.COMPLETE);
	}

	/**
	 * Answer 200 with these bytes as a chunked body, then end as told.
	 * @param contentType the response content type
	 * @param bytes the body bytes sent
	 * @param ending what happens after them
	 * @return the fault
	 */
	public static SimulatorFault partial(String contentType, byte[] bytes, Ending ending) {
		return new SimulatorFault(Kind.PARTIAL, 200, Map.of("Content-Type", contentType), bytes.clone(),
				Duration.ZERO, ending);
	}

	/**
	 * Answer 200 with {@code bytes} bytes of WAV-looking audio, then end as told.
	 * @param bytes how many audio bytes to send first
	 * @param ending what happens after them
	 * @return the fault
	 */
	public static SimulatorFault audioThen(int bytes, Ending ending) {
		byte[] audio = new byte[bytes];
		byte[] riff = "RIFF".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(riff, 0, audio, 0, Math.min(riff.length, bytes));
		return partial("audio/wav", audio, ending);
	}

	/**
	 * Answer 200 with {@code chunks} SSE chunk frames, then end as told.
	 * @param chunks how many chunk frames to send first
	 * @param ending what happens after them
	 * @return the fault
	 */
	public static SimulatorFault sseChunksThen(int chunks, Ending ending) {
		return partial("text/event-stream", sseChunks(chunks, null), ending);
	}

	/**
	 * Answer 200 with one SSE chunk frame, then half a frame, then close normally.
	 * @return the fault
	 */
	public static SimulatorFault sseTruncatedFrame() {
		byte[] whole = sseChunks(1, "event: chunk\ndata: {\"type\":\"chunk\",\"done\":false,\"da");
		return partial("text/event-stream", whole, Ending.CLOSE);
	}

	/**
	 * Answer 200 with one SSE chunk frame, then an {@code error} frame, then end the stream.
	 * @param statusCode the {@code status_code} of the frame
	 * @param errorCode the {@code error_code} of the frame
	 * @return the fault
	 */
	public static SimulatorFault sseErrorFrame(int statusCode, String errorCode) {
		String error = "event: error\ndata: {\"type\":\"error\",\"done\":true,\"status_code\":" + statusCode
				+ ",\"title\":\"Simulated error\",\"message\":\"Simulated in-stream error\",\"error_code\":\""
				+ errorCode + "\",\"request_id\":\"simulated-request\"}\n\n";
		return partial("text/event-stream", sseChunks(1, error), Ending.COMPLETE);
	}

	/**
	 * Return a copy with an extra response header, for example {@code Retry-After}.
	 * @param name the header name
	 * @param value the header value
	 * @return the copy
	 */
	public SimulatorFault header(String name, String value) {
		Map<String, String> more = new LinkedHashMap<>(this.headers);
		more.put(name, value);
		return new SimulatorFault(this.kind, this.status, more, this.body, this.delay, this.ending);
	}

	/**
	 * Return a copy with another body (for {@link #status(int)}: plain text bodies of older
	 * API versions, for example).
	 * @param body the body
	 * @param contentType its content type
	 * @return the copy
	 */
	public SimulatorFault body(String body, String contentType) {
		Map<String, String> more = new LinkedHashMap<>(this.headers);
		more.put("Content-Type", contentType);
		return new SimulatorFault(this.kind, this.status, more, body.getBytes(StandardCharsets.UTF_8), this.delay,
				this.ending);
	}

	private static byte[] sseChunks(int count, @Nullable String tail) {
		StringBuilder frames = new StringBuilder();
		String audio = Base64.getEncoder().encodeToString(new byte[960]);
		for (int i = 0; i < count; i++) {
			frames.append("event: chunk\ndata: {\"type\":\"chunk\",\"done\":false,\"status_code\":206,")
				.append("\"step_time\":1.0,\"context_id\":null,\"data\":\"")
				.append(audio)
				.append("\"}\n\n");
		}
		if (tail != null) {
			frames.append(tail);
		}
		return frames.toString().getBytes(StandardCharsets.UTF_8);
	}

	Kind kind() {
		return this.kind;
	}

	int statusCode() {
		return this.status;
	}

	Map<String, String> headers() {
		return this.headers;
	}

	byte[] body() {
		return this.body;
	}

	Duration delay() {
		return this.delay;
	}

	Ending ending() {
		return this.ending;
	}

	@Override
	public String toString() {
		return "SimulatorFault[" + this.kind + ((this.status != 0) ? " " + this.status : "") + ", " + this.ending + "]";
	}

}
