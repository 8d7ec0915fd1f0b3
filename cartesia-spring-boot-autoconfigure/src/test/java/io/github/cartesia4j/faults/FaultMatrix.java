package io.github.cartesia4j.faults;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.github.cartesia4j.client.core.CartesiaApiException;
import io.github.cartesia4j.client.core.CartesiaAuthenticationException;
import io.github.cartesia4j.client.core.CartesiaBadRequestException;
import io.github.cartesia4j.client.core.CartesiaConflictException;
import io.github.cartesia4j.client.core.CartesiaConnectionException;
import io.github.cartesia4j.client.core.CartesiaDecodingException;
import io.github.cartesia4j.client.core.CartesiaRateLimitException;
import io.github.cartesia4j.client.core.CartesiaServerException;
import io.github.cartesia4j.client.core.CartesiaStreamException;
import io.github.cartesia4j.client.core.CartesiaStreamInterruptedException;
import io.github.cartesia4j.client.core.CartesiaTimeoutException;
import io.github.cartesia4j.test.simulator.SimulatorFault;
import io.github.cartesia4j.test.simulator.SimulatorFault.Ending;

import static io.github.cartesia4j.client.core.Outcome.CLIENT_ERROR;
import static io.github.cartesia4j.client.core.Outcome.SERVER_ERROR;
import static io.github.cartesia4j.client.core.Outcome.SUCCESS;
import static io.github.cartesia4j.client.core.Outcome.UNKNOWN;
import static io.github.cartesia4j.faults.FaultCall.API_STATUS;
import static io.github.cartesia4j.faults.FaultCall.TTS_BYTES;
import static io.github.cartesia4j.faults.FaultCall.TTS_SSE;
import static io.github.cartesia4j.faults.FaultRow.row;

/**
 * The faults a client must survive, and what each one leaves behind. Clients retry 3 times
 * with 10-50 ms backoff, honour {@code Retry-After} up to 2 s, time out after 1 s without
 * a first byte or a next chunk, and use the starter's default circuit breaker (20 calls,
 * at least 10, 50%), which a single call cannot open. Every attempt is one breaker call.
 *
 * @author cartesia4j
 */
final class FaultMatrix {

	static final int AUDIO_BYTES = 4096;

	static final int SSE_CHUNKS = 2;

	private static final Duration NEVER = Duration.ofSeconds(10);

	private static final Duration SLOW = Duration.ofMillis(1500);

	private FaultMatrix() {
	}

	static List<FaultRow> rows() {
		return List.of(
				row("Connection refused", TTS_BYTES).on(FaultServer.NOTHING_LISTENING)
					.fails(CartesiaConnectionException.class)
					.requests(0).tagged(UNKNOWN).breaker(3, 0).build(),
				row("Connection reset before the response, once", TTS_BYTES)
					.given((simulator) -> simulator.faults().next("POST", "/tts/bytes", SimulatorFault.reset()))
					.succeeds()
					.requests(2).tagged(SUCCESS).breaker(1, 1).build(),
				row("Connection reset before the response, every attempt", TTS_BYTES)
					.given((simulator) -> simulator.faults().always("POST", "/tts/bytes", SimulatorFault.reset()))
					.fails(CartesiaConnectionException.class)
					.requests(3).tagged(UNKNOWN).breaker(3, 0).build(),
				row("Reset in the middle of the audio body", TTS_BYTES)
					.given((simulator) -> simulator.faults().always("POST", "/tts/bytes",
							SimulatorFault.audioThen(AUDIO_BYTES, Ending.RESET)))
					.fails(AUDIO_BYTES, CartesiaStreamInterruptedException.class)
					.requests(1).tagged(UNKNOWN).breaker(1, 0).build(),
				row("Connection closed in the middle of the chunked audio body", TTS_BYTES)
					.given((simulator) -> simulator.faults().always("POST", "/tts/bytes",
							SimulatorFault.audioThen(AUDIO_BYTES, Ending.CLOSE)))
					.fails(AUDIO_BYTES, CartesiaStreamInterruptedException.class)
					.requests(1).tagged(UNKNOWN).breaker(1, 0).build(),
				row("Reset in the middle of the SSE stream", TTS_SSE)
					.given((simulator) -> simulator.faults().always("POST", "/tts/sse",
							SimulatorFault.sseChunksThen(SSE_CHUNKS, Ending.RESET)))
					.fails(SSE_CHUNKS, CartesiaStreamInterruptedException.class)
					.requests(1).tagged(UNKNOWN).breaker(1, 0).build(),
				row("Empty reply (connection closed before any byte), once", TTS_BYTES)
					.given((simulator) -> simulator.faults().next("POST", "/tts/bytes", SimulatorFault.emptyReply()))
					.succeeds()
					.requests(2).tagged(SUCCESS).breaker(1, 1).build(),
				row("Empty reply, every attempt", TTS_BYTES)
					.given((simulator) -> simulator.faults().always("POST", "/tts/bytes",
							SimulatorFault.emptyReply()))
					.fails(CartesiaConnectionException.class)
					.requests(3).tagged(UNKNOWN).breaker(3, 0).build(),
				row("Malformed JSON in a 200 response", API_STATUS)
					.given((simulator) -> simulator.faults().always("GET", "/", SimulatorFault.malformedJson()))
					.fails(CartesiaDecodingException.class)
					.requests(1).tagged(null).breaker(0, 1).build(),
				row("Malformed JSON in the first SSE frame", TTS_SSE)
					.given((simulator) -> simulator.faults().always("POST", "/tts/sse",
							SimulatorFault.partial("text/event-stream",
									"event: chunk\ndata: {\"type\":\"chunk\",\"da\n\n".getBytes(StandardCharsets.UTF_8),
									Ending.COMPLETE)))
					.fails(CartesiaDecodingException.class)
					.requests(1).tagged(UNKNOWN).breaker(0, 1).build(),
				row("Truncated SSE frame (half a frame, then the connection closes)", TTS_SSE)
					.given((simulator) -> simulator.faults().always("POST", "/tts/sse",
							SimulatorFault.sseTruncatedFrame()))
					.fails(1, CartesiaStreamInterruptedException.class)
					.requests(1).tagged(UNKNOWN).breaker(1, 0).build(),
				row("SSE stream that ends cleanly without its `done` event", TTS_SSE)
					.given((simulator) -> simulator.faults().always("POST", "/tts/sse",
							SimulatorFault.sseChunksThen(SSE_CHUNKS, Ending.COMPLETE)))
					.fails(SSE_CHUNKS, CartesiaDecodingException.class)
					.requests(1).tagged(UNKNOWN).breaker(0, 1).build(),
				row("Headers that never come (first-byte timeout), every attempt", TTS_BYTES)
					.given((simulator) -> simulator.faults().always("POST", "/tts/bytes",
							SimulatorFault.delay(NEVER)))
					.fails(CartesiaTimeoutException.class)
					.requests(3).tagged(UNKNOWN).breaker(3, 0).build(),
				row("Audio body that stalls between chunks (chunk timeout)", TTS_BYTES)
					.given((simulator) -> simulator.faults().always("POST", "/tts/bytes",
							SimulatorFault.audioThen(AUDIO_BYTES, Ending.STALL)))
					.fails(AUDIO_BYTES, CartesiaStreamInterruptedException.class)
					.requests(1).tagged(UNKNOWN).breaker(1, 0).build(),
				row("SSE stream that stalls between chunks (chunk timeout)", TTS_SSE)
					.given((simulator) -> simulator.faults().always("POST", "/tts/sse",
							SimulatorFault.sseChunksThen(SSE_CHUNKS, Ending.STALL)))
					.fails(SSE_CHUNKS, CartesiaStreamInterruptedException.class)
					.requests(1).tagged(UNKNOWN).breaker(1, 0).build(),
				row("Slow but steady audio body (a chunk every 350 ms, 1 s timeouts)", TTS_BYTES)
					.on(FaultServer.SLOW_SIMULATOR)
					.succeeds().waitsAtLeast(SLOW)
					.requests(1).tagged(SUCCESS).breaker(0, 1).build(),
				row("Slow but steady SSE stream (a chunk every 350 ms, 1 s timeouts)", TTS_SSE)
					.on(FaultServer.SLOW_SIMULATOR)
					.succeeds().waitsAtLeast(SLOW)
					.requests(1).tagged(SUCCESS).breaker(0, 1).build(),
				row("429 with `Retry-After: 1`, once", TTS_BYTES)
					.given((simulator) -> simulator.faults().next("POST", "/tts/bytes",
							SimulatorFault.status(429).header("Retry-After", "1")))
					.succeeds().waitsAtLeast(Duration.ofSeconds(1))
					.requests(2).tagged(SUCCESS).breaker(0, 2).build(),
				row("429 with `Retry-After` as an HTTP date 2 s ahead, once", TTS_BYTES)
					.given((simulator) -> simulator.faults().next("POST", "/tts/bytes",
							SimulatorFault.status(429).header("Retry-After", httpDateIn(Duration.ofSeconds(2)))))
					.succeeds().waitsAtLeast(Duration.ofSeconds(1))
					.requests(2).tagged(SUCCESS).breaker(0, 2).build(),
				row("429 with `retry-after-ms: 600`, once", TTS_BYTES)
					.given((simulator) -> simulator.faults().next("POST", "/tts/bytes",
							SimulatorFault.status(429).header("retry-after-ms", "600")))
					.succeeds().waitsAtLeast(Duration.ofMillis(600))
					.requests(2).tagged(SUCCESS).breaker(0, 2).build(),
				row("429 with `retry-after-ms: 100`, every attempt", TTS_BYTES)
					.given((simulator) -> simulator.faults().always("POST", "/tts/bytes",
							SimulatorFault.status(429).header("retry-after-ms", "100")))
					.fails(CartesiaRateLimitException.class).waitsAtLeast(Duration.ofMillis(200))
					.requests(3).tagged(CLIENT_ERROR).breaker(0, 3).build(),
				status(408, TTS_BYTES, CartesiaApiException.class, CLIENT_ERROR),
				status(409, TTS_BYTES, CartesiaConflictException.class, CLIENT_ERROR),
				status(500, TTS_BYTES, CartesiaServerException.class, SERVER_ERROR),
				status(502, TTS_SSE, CartesiaServerException.class, SERVER_ERROR),
				status(503, TTS_BYTES, CartesiaServerException.class, SERVER_ERROR),
				status(504, TTS_BYTES, CartesiaServerException.class, SERVER_ERROR),
				row("503, once", TTS_BYTES)
					.given((simulator) -> simulator.faults().next("POST", "/tts/bytes", SimulatorFault.status(503)))
					.succeeds()
					.requests(2).tagged(SUCCESS).breaker(1, 1).build(),
				row("400 (the caller's mistake)", TTS_BYTES)
					.given((simulator) -> simulator.faults().always("POST", "/tts/bytes", SimulatorFault.status(400)))
					.fails(CartesiaBadRequestException.class)
					.requests(1).tagged(CLIENT_ERROR).breaker(0, 1).build(),
				row("200 SSE stream carrying an error frame with `status_code` 500", TTS_SSE)
					.given((simulator) -> simulator.faults().always("POST", "/tts/sse",
							SimulatorFault.sseErrorFrame(500, "internal_error")))
					.fails(1, CartesiaStreamException.class)
					.requests(1).tagged(SERVER_ERROR).breaker(1, 0).build(),
				row("200 SSE stream carrying an error frame with `status_code` 400", TTS_SSE)
					.given((simulator) -> simulator.faults().always("POST", "/tts/sse",
							SimulatorFault.sseErrorFrame(400, "invalid_request")))
					.fails(1, CartesiaStreamException.class)
					.requests(1).tagged(CLIENT_ERROR).breaker(0, 1).build(),
				row("401 with a revoked key", TTS_BYTES).on(FaultServer.KEYED_SIMULATOR)
					.fails(CartesiaAuthenticationException.class)
					.requests(1).tagged(CLIENT_ERROR).breaker(0, 1).build());
	}

	private static FaultRow status(int status, FaultCall call, Class<? extends Throwable> error, String outcome) {
		boolean serverError = status >= 500;
		return row(status + ", every attempt", call)
			.given((simulator) -> simulator.faults().always(call.method(), call.path(), SimulatorFault.status(status)))
			.fails(error)
			.requests(3)
			.tagged(outcome)
			.breaker(serverError ? 3 : 0, serverError ? 0 : 3)
			.build();
	}

	private static String httpDateIn(Duration delay) {
		return DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plus(delay));
	}

}
