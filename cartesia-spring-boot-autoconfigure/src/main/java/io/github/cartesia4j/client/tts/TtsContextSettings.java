package io.github.cartesia4j.client.tts;

import org.jspecify.annotations.Nullable;

import io.github.cartesia4j.client.core.Arguments;

/**
 * Settings of a {@link TtsContext} on the text-to-speech WebSocket, repeated in every message
 * of the context. Unlike {@link TtsRequest} it has no transcript: the text is sent piece by
 * piece. A missing model, voice or output format is taken from the client's
 * {@link TtsDefaults} (the output format as its raw equivalent).
 *
 * @param modelId model such as {@code sonic-3}
 * @param voice the voice
 * @param outputFormat the audio format; must be {@code raw}
 * @param language language code such as {@code en}
 * @param locale region locale such as {@code en-GB} (newest API versions)
 * @param generationConfig sonic-3 volume, speed and emotion
 * @param pronunciationDictId pronunciation dictionary to apply
 * @param addTimestamps whether to receive word timestamps
 * @param addPhonemeTimestamps whether to receive phoneme timestamps
 * @param useNormalizedTimestamps whether timestamps refer to the normalized transcript
 * @param maxBufferDelayMs how long the API may buffer text before generating, 0 to 5000 ms
 * (API default 3000)
 * @param contextId the context id, or {@code null} for a random UUID per context
 * @author cartesia4j
 * @since 0.1.0
 */
public record TtsContextSettings(@Nullable String modelId, @Nullable VoiceSpecifier voice,
		@Nullable OutputFormat outputFormat, @Nullable String language, @Nullable String locale,
		@Nullable GenerationConfig generationConfig, @Nullable String pronunciationDictId,
		@Nullable Boolean addTimestamps, @Nullable Boolean addPhonemeTimestamps,
		@Nullable Boolean useNormalizedTimestamps, @Nullable Integer maxBufferDelayMs, @Nullable String contextId) {

	/**
	 * Largest {@code max_buffer_delay_ms} the API accepts.
	 */
	public static final int MAX_BUFFER_DELAY_MS = 5000;

	public TtsContextSettings {
		if (modelId != null && modelId.isBlank()) {
			throw new IllegalArgumentException("'model_id' must not be blank");
		}
		if (language != null && locale != null) {
			throw new IllegalArgumentException("'language' and 'locale' must not both be set");
		}
		if (outputFormat != null && outputFormat.container() != Container.RAW) {
			throw new IllegalArgumentException("'output_format.container' must be raw for the WebSocket, got "
					+ outputFormat.container().value());
		}
		Arguments.requireRange(maxBufferDelayMs, 0, MAX_BUFFER_DELAY_MS, "max_buffer_delay_ms");
		if (contextId != null && contextId.isBlank()) {
			throw new IllegalArgumentException("'context_id' must not be blank");
		}
	}

	/**
	 * Settings that take everything from the client's defaults.
	 * @return the settings
	 */
	public static TtsContextSettings defaults() {
		return builder().build();
	}

	/**
	 * Start building settings.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Start a builder holding these settings.
	 * @return a new builder
	 */
	public Builder toBuilder() {
		return new Builder().modelId(this.modelId)
			.voice(this.voice)
			.outputFormat(this.outputFormat)
			.language(this.language)
			.locale(this.locale)
			.generationConfig(this.generationConfig)
			.pronunciationDictId(this.pronunciationDictId)
			.addTimestamps(this.addTimestamps)
			.addPhonemeTimestamps(this.addPhonemeTimestamps)
			.useNormalizedTimestamps(this.useNormalizedTimestamps)
			.maxBufferDelayMs(this.maxBufferDelayMs)
			.contextId(this.contextId);
	}

	/**
	 * Builder for {@link TtsContextSettings}.
	 */
	public static final class Builder {

		private @Nullable String modelId;

		private @Nullable VoiceSpecifier voice;

		private @Nullable OutputFormat outputFormat;

		private @Nullable String language;

		private @Nullable String locale;

		private @Nullable GenerationConfig generationConfig;

		private @Nullable String pronunciationDictId;

		private @Nullable Boolean addTimestamps;

		private @Nullable Boolean addPhonemeTimestamps;

		private @Nullable Boolean useNormalizedTimestamps;

		private @Nullable Integer maxBufferDelayMs;

		private @Nullable String contextId;

		private Builder() {
		}

		/**
		 * Set the model.
		 * @param modelId the model id, for example {@code sonic-3}
		 * @return this builder
		 */
		public Builder modelId(@Nullable String modelId) {
			this.modelId = modelId;
			return this;
		}

		/**
		 * Set the voice.
		 * @param voice the voice
		 * @return this builder
		 */
		public Builder voice(@Nullable VoiceSpecifier voice) {
			this.voice = voice;
			return this;
		}

		/**
		 * Set the voice by id.
		 * @param voiceId the voice id
		 * @return this builder
		 */
		public Builder voiceId(String voiceId) {
			this.voice = VoiceSpecifier.id(voiceId);
			return this;
		}

		/**
		 * Set the output format, which must be raw.
		 * @param outputFormat the format
		 * @return this builder
		 */
		public Builder outputFormat(@Nullable OutputFormat outputFormat) {
			this.outputFormat = outputFormat;
			return this;
		}

		/**
		 * Set the language.
		 * @param language the language code
		 * @return this builder
		 */
		public Builder language(@Nullable String language) {
			this.language = language;
			return this;
		}

		/**
		 * Set the region locale (newest API versions).
		 * @param locale the locale, for example {@code en-GB}
		 * @return this builder
		 */
		public Builder locale(@Nullable String locale) {
			this.locale = locale;
			return this;
		}

		/**
		 * Set the sonic-3 generation controls.
		 * @param generationConfig the controls
		 * @return this builder
		 */
		public Builder generationConfig(@Nullable GenerationConfig generationConfig) {
			this.generationConfig = generationConfig;
			return this;
		}

		/**
		 * Set the pronunciation dictionary.
		 * @param pronunciationDictId the dictionary id
		 * @return this builder
		 */
		public Builder pronunciationDictId(@Nullable String pronunciationDictId) {
			this.pronunciationDictId = pronunciationDictId;
			return this;
		}

		/**
		 * Set whether to receive word timestamps.
		 * @param addTimestamps whether to add them
		 * @return this builder
		 */
		public Builder addTimestamps(@Nullable Boolean addTimestamps) {
			this.addTimestamps = addTimestamps;
			return this;
		}

		/**
		 * Set whether to receive phoneme timestamps.
		 * @param addPhonemeTimestamps whether to add them
		 * @return this builder
		 */
		public Builder addPhonemeTimestamps(@Nullable Boolean addPhonemeTimestamps) {
			this.addPhonemeTimestamps = addPhonemeTimestamps;
			return this;
		}

		/**
		 * Set whether timestamps refer to the normalized transcript.
		 * @param useNormalizedTimestamps whether to use them
		 * @return this builder
		 */
		public Builder useNormalizedTimestamps(@Nullable Boolean useNormalizedTimestamps) {
			this.useNormalizedTimestamps = useNormalizedTimestamps;
			return this;
		}

		/**
		 * Set how long the API may buffer text before generating audio.
		 * @param maxBufferDelayMs 0 to 5000 milliseconds
		 * @return this builder
		 */
		public Builder maxBufferDelayMs(@Nullable Integer maxBufferDelayMs) {
			this.maxBufferDelayMs = maxBufferDelayMs;
			return this;
		}

		/**
		 * Set the context id.
		 * @param contextId the id, unique among the open contexts of the connection
		 * @return this builder
		 */
		public Builder contextId(@Nullable String contextId) {
			this.contextId = contextId;
			return this;
		}

		/**
		 * Build the settings.
		 * @return the settings
		 * @throws IllegalArgumentException if a field is invalid
		 */
		public TtsContextSettings build() {
			return new TtsContextSettings(this.modelId, this.voice, this.outputFormat, this.language, this.locale,
					this.generationConfig, this.pronunciationDictId, this.addTimestamps, this.addPhonemeTimestamps,
					this.useNormalizedTimestamps, this.maxBufferDelayMs, this.contextId);
		}

	}

}
