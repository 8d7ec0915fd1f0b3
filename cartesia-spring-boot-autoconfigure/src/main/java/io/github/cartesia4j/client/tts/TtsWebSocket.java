package io.github.cartesia4j.client.tts;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Text-to-speech over one WebSocket ({@code GET /tts/websocket}) that multiplexes many
 * {@link TtsContext contexts}. The connection opens on the first message of any context,
 * closes normally once the last open context has completed, failed or been cancelled, and
 * opens again for the next one. Contexts are never retried: if the socket breaks, every open
 * context fails with a {@code CartesiaStreamInterruptedException} and the audio already
 * received stays with the caller.
 * <pre class="code">
 * Flux&lt;TtsEvent&gt; speech = tts.websocket().speak(llmTokens, TtsContextSettings.builder().voiceId(id).build());
 * </pre>
 *
 * @author cartesia4j
 * @since 0.1.0
 * @see <a href="https://docs.cartesia.ai/api-reference/tts/websocket">Text to Speech (WebSocket)</a>
 */
public interface TtsWebSocket {

	/**
	 * Create a context; nothing is sent until its first message.
	 * @param settings the model, voice, raw output format and options repeated in every
	 * message; missing values come from the client's defaults
	 * @return the context
	 * @throws IllegalArgumentException if the settings are invalid or no voice is known
	 */
	TtsContext context(TtsContextSettings settings);

	/**
	 * Speak text that arrives in pieces, such as the tokens of an LLM: each piece is sent as
	 * it arrives ({@code continue: true}), input ends when the text completes, and the API
	 * decides how long to buffer within {@code max_buffer_delay_ms}. Each subscription uses a
	 * new context; cancelling the subscription cancels it.
	 * @param textPieces the text, in order
	 * @param settings the context settings
	 * @return the events of the context, ending with {@link TtsEvent.Done}; an error of the
	 * text fails the stream with that error after cancelling the context
	 * @throws IllegalArgumentException if the settings are invalid or no voice is known
	 */
	Flux<TtsEvent> speak(Flux<String> textPieces, TtsContextSettings settings);

	/**
	 * Close the connection now, if one is open. Its open contexts fail with a
	 * {@code CartesiaStreamInterruptedException}; the next message opens a new connection.
	 * @return completes once the close frame is written
	 */
	Mono<Void> close();

}
