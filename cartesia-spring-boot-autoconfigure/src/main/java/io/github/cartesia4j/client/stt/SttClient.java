package io.github.cartesia4j.client.stt;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.cartesia4j.client.core.CartesiaHttp;
import io.github.cartesia4j.client.core.RequestOptions;

/**
 * Speech-to-text of the Cartesia API: batch ({@code POST /stt}) and realtime over the
 * WebSockets {@code GET /stt/websocket} and {@code GET /stt/turns/websocket}. Invalid
 * requests fail with an {@link IllegalArgumentException} before anything is sent; API
 * failures arrive as {@code CartesiaException}s. Realtime sessions open one socket per
 * subscription and are never retried: an {@code error} frame ends the events with a
 * {@code CartesiaStreamException}, a socket that ends before the session does with a
 * {@code CartesiaStreamInterruptedException}, a refused upgrade with the typed API
 * exception, and cancelling the subscription closes the socket.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public interface SttClient {

	/**
	 * Create a client.
	 * @param http the transport
	 * @return the client
	 */
	static SttClient create(CartesiaHttp http) {
		return new DefaultSttClient(http);
	}

	/**
	 * Transcribe an audio file ({@code POST /stt}). The file is streamed from its source as
	 * the request is written. The API answers once the whole file is transcribed, and the
	 * client's first-byte timeout covers the upload and that wait: for long recordings, call
	 * through {@code withOptions(RequestOptions.builder().timeout(...).build())}.
	 * @param request the request, must not be {@literal null}
	 * @return the transcription
	 * @see <a href="https://docs.cartesia.ai/api-reference/stt/transcribe">Speech-to-Text
	 * (Batch)</a>
	 */
	Mono<Transcription> transcribe(TranscriptionRequest request);

	/**
	 * Transcribe audio as it is produced ({@code GET /stt/websocket}): each chunk is sent as
	 * one binary frame as soon as the previous one is written, so a slow socket slows the
	 * audio source down; when the audio completes the input ends ({@code close}, or
	 * {@code done} on API versions before 2025-11-04), and the events complete after the
	 * final transcript and {@link SttEvent.Done}. Send chunks of about 100 ms.
	 * <pre class="code">
	 * Flux&lt;SttEvent&gt; events = stt.stream(SttStreamOptions.of("ink-2", SttEncoding.PCM_S16LE, 16000), microphone);
	 * </pre>
	 * @param options the model and audio format, must not be {@literal null}
	 * @param audio the audio in the encoding and sample rate of the options, must not be
	 * {@literal null}; its arrays must not change once emitted
	 * @return the events, subscribe once per session: partial and final
	 * {@link SttEvent.Transcript}s, then {@link SttEvent.Done}; an error of the audio fails
	 * them with that error
	 * @see <a href="https://docs.cartesia.ai/api-reference/stt/stt">Speech-to-Text
	 * (WebSocket)</a>
	 */
	Flux<SttEvent> stream(SttStreamOptions options, Flux<byte[]> audio);

	/**
	 * Transcribe audio as it is produced and finalize it whenever the caller asks
	 * ({@code GET /stt/websocket}): like {@link #stream(SttStreamOptions, Flux)}, with
	 * {@link SttInput#FINALIZE} among the audio to get the final transcript of everything
	 * sent so far, followed by {@link SttEvent.FlushDone}.
	 * @param options the model and audio format, must not be {@literal null}
	 * @param inputs the audio chunks and finalize commands, in order, must not be
	 * {@literal null}
	 * @return the events, ending with {@link SttEvent.Done}
	 * @see <a href="https://docs.cartesia.ai/api-reference/stt/stt">Speech-to-Text
	 * (WebSocket)</a>
	 */
	Flux<SttEvent> streamInputs(SttStreamOptions options, Flux<SttInput> inputs);

	/**
	 * Transcribe audio with turn detection ({@code GET /stt/turns/websocket}, API versions
	 * from 2025-11-04): the API tells when the speaker starts and stops. Chunks are sent as
	 * binary frames as the socket accepts them; when the audio completes the input ends
	 * ({@code {"type": "close"}}) and the events complete once the API has closed the socket
	 * normally.
	 * @param options the model, audio format and thresholds, must not be {@literal null}
	 * @param audio the audio in the encoding and sample rate of the options, must not be
	 * {@literal null}; its arrays must not change once emitted
	 * @return the events, subscribe once per session: {@link SttTurnEvent.Connected}, then
	 * for each turn {@link SttTurnEvent.Start}, {@link SttTurnEvent.Update}s and
	 * {@link SttTurnEvent.End}
	 * @see <a href="https://docs.cartesia.ai/api-reference/stt/turns/websocket">Realtime
	 * Speech-to-Text (turns)</a>
	 */
	Flux<SttTurnEvent> streamTurns(SttTurnOptions options, Flux<byte[]> audio);

	/**
	 * Transcribe audio with turn detection and retune it during the session
	 * ({@code GET /stt/turns/websocket}): like {@link #streamTurns(SttTurnOptions, Flux)},
	 * with {@link SttTurnInput#configure(SttTurnConfig)} among the audio to change the
	 * thresholds from that point.
	 * @param options the model, audio format and thresholds, must not be {@literal null}
	 * @param inputs the audio chunks and configuration changes, in order, must not be
	 * {@literal null}
	 * @return the events
	 * @see <a href="https://docs.cartesia.ai/api-reference/stt/turns/websocket">Realtime
	 * Speech-to-Text (turns)</a>
	 */
	Flux<SttTurnEvent> streamTurnInputs(SttTurnOptions options, Flux<SttTurnInput> inputs);

	/**
	 * Return a copy of this client whose calls use the given options.
	 * @param options timeout, headers, API version and retry overrides
	 * @return the copy
	 */
	SttClient withOptions(RequestOptions options);

}
