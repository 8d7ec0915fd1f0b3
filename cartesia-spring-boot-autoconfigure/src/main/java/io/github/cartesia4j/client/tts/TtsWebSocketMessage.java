package io.github.cartesia4j.client.tts;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import io.github.cartesia4j.client.core.CartesiaJson;

/**
 * A client message of the text-to-speech WebSocket: a generation request carrying the
 * context's settings with a transcript piece, a flush or the end of input, or a cancel (only
 * {@code context_id} and {@code cancel}).
 *
 * @param modelId the model
 * @param transcript the transcript piece, empty for flush and end messages
 * @param voice the voice
 * @param outputFormat the raw output format
 * @param contextId the context
 * @param continues whether more input follows ({@code continue})
 * @param flush whether to flush
 * @param cancel whether to cancel the context
 * @param maxBufferDelayMs the buffering allowance
 * @param addTimestamps whether to send word timestamps
 * @param addPhonemeTimestamps whether to send phoneme timestamps
 * @param useNormalizedTimestamps whether timestamps refer to the normalized transcript
 * @param language the language
 * @param locale the locale
 * @param generationConfig the sonic-3 controls
 * @param pronunciationDictId the pronunciation dictionary
 * @author cartesia4j
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TtsWebSocketMessage(@JsonProperty("model_id") @Nullable String modelId,
		@JsonProperty("transcript") @Nullable String transcript, @JsonProperty("voice") @Nullable VoiceSpecifier voice,
		@JsonProperty("output_format") @Nullable OutputFormat outputFormat,
		@JsonProperty("context_id") String contextId, @JsonProperty("continue") @Nullable Boolean continues,
		@JsonProperty("flush") @Nullable Boolean flush, @JsonProperty("cancel") @Nullable Boolean cancel,
		@JsonProperty("max_buffer_delay_ms") @Nullable Integer maxBufferDelayMs,
		@JsonProperty("add_timestamps") @Nullable Boolean addTimestamps,
		@JsonProperty("add_phoneme_timestamps") @Nullable Boolean addPhonemeTimestamps,
		@JsonProperty("use_normalized_timestamps") @Nullable Boolean useNormalizedTimestamps,
		@JsonProperty("language") @Nullable String language, @JsonProperty("locale") @Nullable String locale,
		@JsonProperty("generation_config") @Nullable GenerationConfig generationConfig,
		@JsonProperty("pronunciation_dict_id") @Nullable String pronunciationDictId) {

	/**
	 * A transcript piece with more to follow.
	 * @param settings the resolved settings
	 * @param contextId the context
	 * @param transcript the piece
	 * @return the message as JSON
	 */
	static String piece(TtsContextSettings settings, String contextId, String transcript) {
		return generation(settings, contextId, transcript, true, null);
	}

	/**
	 * A flush: an empty transcript with {@code continue} and {@code flush} set.
	 * @param settings the resolved settings
	 * @param contextId the context
	 * @return the message as JSON
	 */
	static String flush(TtsContextSettings settings, String contextId) {
		return generation(settings, contextId, "", true, true);
	}

	/**
	 * The end of input: an empty transcript without {@code continue}.
	 * @param settings the resolved settings
	 * @param contextId the context
	 * @return the message as JSON
	 */
	static String end(TtsContextSettings settings, String contextId) {
		return generation(settings, contextId, "", false, null);
	}

	/**
	 * A cancel.
	 * @param contextId the context
	 * @return the message as JSON
	 */
	static String cancel(String contextId) {
		return json(new TtsWebSocketMessage(null, null, null, null, contextId, null, null, true, null, null, null,
				null, null, null, null, null));
	}

	private static String generation(TtsContextSettings settings, String contextId, String transcript,
			boolean continues, @Nullable Boolean flush) {
		return json(new TtsWebSocketMessage(settings.modelId(), transcript, settings.voice(), settings.outputFormat(),
				contextId, continues, flush, null, settings.maxBufferDelayMs(), settings.addTimestamps(),
				settings.addPhonemeTimestamps(), settings.useNormalizedTimestamps(), settings.language(),
				settings.locale(), settings.generationConfig(), settings.pronunciationDictId()));
	}

	private static String json(TtsWebSocketMessage message) {
		return new String(CartesiaJson.write(message), StandardCharsets.UTF_8);
	}

}
