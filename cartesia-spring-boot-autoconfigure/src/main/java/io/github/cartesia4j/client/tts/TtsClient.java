package io.github.cartesia4j.client.tts;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;

import io.github.cartesia4j.client.core.CartesiaHttp;
import io.github.cartesia4j.client.core.RequestOptions;

/**
 * Text-to-speech: audio bytes ({@code POST /tts/bytes}), Server-Sent Events
 * ({@code POST /tts/sse}) and the multiplexed WebSocket ({@code GET /tts/websocket}).
 * Invalid requests fail with an {@link IllegalArgumentException} before anything is sent;
 * API failures arrive as {@code CartesiaException}s. Retries stop once audio has reached the
 * caller, and WebSocket contexts are never retried.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public interface TtsClient {

	/**
	 * Create a client.
	 * @param http the transport
	 * @param defaults values used when a request leaves them out
	 * @param recorder receives generation timings
	 * @return the client
	 */
	static TtsClient create(CartesiaHttp http, TtsDefaults defaults, TtsRecorder recorder) {
		return new DefaultTtsClient(http, defaults, recorder);
	}

	/**
	 * Generate speech and stream the audio as it arrives ({@code POST /tts/bytes}).
	 * @param request the request
	 * @return the audio chunks, in order
	 * @see <a href="https://docs.cartesia.ai/api-reference/tts/bytes">Text to Speech (Bytes)</a>
	 */
	Flux<byte[]> bytes(TtsRequest request);

	/**
	 * Generate speech and stream the audio as it arrives ({@code POST /tts/bytes}) in the
	 * buffers the connection received it in, without copying them: the fastest way to pass
	 * audio on, for example as the body of a WebFlux response, which releases each buffer
	 * once written. Otherwise the caller owns every buffer it receives and must release it
	 * with {@link DataBufferUtils#release}, or the connection's memory leaks; buffers still in
	 * flight when the caller cancels are released by the client. Requests, retries, timeouts
	 * and metrics are those of {@link #bytes}.
	 * @param request the request
	 * @return the audio buffers, in order, none of them empty
	 */
	Flux<DataBuffer> bytesAsDataBuffers(TtsRequest request);

	/**
	 * Generate speech and collect the whole audio in memory.
	 * @param request the request
	 * @return the complete audio
	 */
	Mono<byte[]> bytesToArray(TtsRequest request);

	/**
	 * Generate speech and emit the response headers (for example the {@code Cartesia-File-ID}
	 * of a saved generation) with the streamed audio.
	 * @param request the request
	 * @return the response, once its headers arrived
	 */
	Mono<TtsAudioResponse> bytesWithResponse(TtsRequest request);

	/**
	 * Generate speech as Server-Sent Events ({@code POST /tts/sse}): audio chunks, word and
	 * phoneme timestamps, then {@link TtsEvent.Done}. The output format must be raw.
	 * @param request the request
	 * @return the events, in order; an error frame ends the stream with a
	 * {@code CartesiaStreamException}
	 * @see <a href="https://docs.cartesia.ai/api-reference/tts/sse">Text to Speech (SSE)</a>
	 */
	Flux<TtsEvent> sse(TtsRequest request);

	/**
	 * Return the text-to-speech WebSocket of this client ({@code GET /tts/websocket}): one
	 * connection, opened on demand, that multiplexes every context created from it. The same
	 * instance is returned on every call; a client from {@link #withOptions} has its own.
	 * @return the WebSocket
	 * @see <a href="https://docs.cartesia.ai/api-reference/tts/websocket">Text to Speech
	 * (WebSocket)</a>
	 */
	TtsWebSocket websocket();

	/**
	 * Speak text that arrives in pieces, such as the tokens of an LLM, over
	 * {@link #websocket()}: see {@link TtsWebSocket#speak(Flux, TtsContextSettings)}.
	 * @param textPieces the text, in order
	 * @param settings the context settings
	 * @return the events, ending with {@link TtsEvent.Done}
	 */
	Flux<TtsEvent> speak(Flux<String> textPieces, TtsContextSettings settings);

	/**
	 * Return a copy of this client whose calls use the given options.
	 * @param options timeout, headers, API version and retry overrides
	 * @return the copy
	 */
	TtsClient withOptions(RequestOptions options);

}
