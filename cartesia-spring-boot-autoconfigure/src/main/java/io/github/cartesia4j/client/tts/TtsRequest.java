package io.github.cartesia4j.client.tts;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import io.github.cartesia4j.client.core.Arguments;

/**
 * A text-to-speech request for {@code /tts/bytes} and {@code /tts/sse}. Only the transcript is
 * required here: a missing model, voice or output format is taken from the client's
 * {@link TtsDefaults} when the request is sent.
 *
 * @param modelId model such as {@code sonic-3}
 * @param transcript the text to speak
 * @param voice the voice
 * @param outputFormat the audio format; SSE accepts {@code raw} only
 * @param language language code such as {@code en}
 * @param locale region locale such as {@code en-GB} (newest API versions)
 * @param duration maximum audio duration in seconds (API versions up to 2025-04-16)
 * @param speed deprecated speed: {@code slow}, {@code normal} or {@code fast}
 * @param generationConfig sonic-3 volume, speed and emotion
 * @param pronunciationDictId pronunciation dictionary to apply
 * @param pronunciationDictIds pronunciation dictionaries to apply (2025-04-16 form)
 * @param save whether the API keeps the audio and returns its {@code Cartesia-File-ID}
 * (bytes only)
 * @param contextId id echoed in SSE events
 * @param addTimestamps whether SSE sends word timestamps
 * @param addPhonemeTimestamps whether SSE sends phoneme timestamps
 * @param useNormalizedTimestamps whether timestamps refer to the normalized transcript
 * @author cartesia4j
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TtsRequest(@JsonProperty("model_id") @Nullable String modelId,
		@JsonProperty("transcript") String transcript, @JsonProperty("voice") @Nullable VoiceSpecifier voice,
		@JsonProperty("output_format") @Nullable OutputFormat outputFormat,
		@JsonProperty("language") @Nullable String language, @JsonProperty("locale") @Nullable String locale,
		@JsonProperty("duration") @Nullable Double duration, @JsonProperty("speed") @Nullable String speed,
		@JsonProperty("generation_config") @Nullable GenerationConfig generationConfig,
		@JsonProperty("pronunciation_dict_id") @Nullable String pronunciationDictId,
		@JsonProperty("pronunciation_dict_ids") @Nullable List<String> pronunciationDictIds,
		@JsonProperty("save") @Nullable Boolean save, @JsonProperty("context_id") @Nullable String contextId,
		@JsonProperty("add_timestamps") @Nullable Boolean addTimestamps,
		@JsonProperty("add_phoneme_timestamps") @Nullable Boolean addPhonemeTimestamps,
		@JsonProperty("use_normalized_timestamps") @Nullable Boolean useNormalizedTimestamps) {

	/**
	 * Values of the deprecated {@code speed} field.
	 */
	public static final Set<String> SPEEDS = Set.of("slow", "normal", "fast");

	public TtsRequest {
		Arguments.requireText(transcript, "transcript");
		if (modelId != null && modelId.isBlank()) {
			throw new IllegalArgumentException("'model_id' must not be blank");
		}
		if (speed != null && !SPEEDS.contains(speed)) {
			throw new IllegalArgumentException("'speed' must be one of slow, normal, fast, got '" + speed + "'");
		}
		if (duration != null && !(duration > 0)) {
			throw new IllegalArgumentException("'duration' must be positive, got " + duration);
		}
		if (language != null && locale != null) {
			throw new IllegalArgumentException("'language' and 'locale' must not both be set");
		}
		pronunciationDictIds = (pronunciationDictIds != null) ? List.copyOf(pronunciationDictIds) : null;
	}

	/**
	 * A request for a transcript, everything else from the client's defaults.
	 * @param transcript the text to speak
	 * @return the request
	 */
	public static TtsRequest of(String transcript) {
		return builder().transcript(transcript).build();
	}

	/**
	 * Start building a request.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Start a builder holding this request's values.
	 * @return a new builder
	 */
	public Builder toBuilder() {
		return new Builder().modelId(this.modelId)
			.transcript(this.transcript)
			.voice(this.voice)
			.outputFormat(this.outputFormat)
			.language(this.language)
			.locale(this.locale)
			.duration(this.duration)
			.speed(this.speed)
			.generationConfig(this.generationConfig)
			.pronunciationDictId(this.pronunciationDictId)
			.pronunciationDictIds(this.pronunciationDictIds)
			.save(this.save)
			.contextId(this.contextId)
			.addTimestamps(this.addTimestamps)
			.addPhonemeTimestamps(this.addPhonemeTimestamps)
			.useNormalizedTimestamps(this.useNormalizedTimestamps);
	}

	/**
	 * Builder for {@link TtsRequest}.
	 */
	public static final class Builder {

		private @Nullable String modelId;

		private @Nullable String transcript;

		private @Nullable VoiceSpecifier voice;

		private @Nullable OutputFormat outputFormat;

		private @Nullable String language;

		private @Nullable String locale;

		private @Nullable Double duration;

		private @Nullable String speed;

		private @Nullable GenerationConfig generationConfig;

		private @Nullable String pronunciationDictId;

		private @Nullable List<String> pronunciationDictIds;

		private @Nullable Boolean save;

		private @Nullable String contextId;

		private @Nullable Boolean addTimestamps;

		private @Nullable Boolean addPhonemeTimestamps;

		private @Nullable Boolean useNormalizedTimestamps;

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
		 * Set the text to speak.
		 * @param transcript the transcript
		 * @return this builder
		 */
		public Builder transcript(@Nullable String transcript) {
			this.transcript = transcript;
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
		 * Set the output format.
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
		 * Set the maximum duration in seconds (API versions up to 2025-04-16).
		 * @param duration the duration
		 * @return this builder
		 */
		public Builder duration(@Nullable Double duration) {
			this.duration = duration;
			return this;
		}

		/**
		 * Set the deprecated speed.
		 * @param speed {@code slow}, {@code normal} or {@code fast}
		 * @return this builder
		 */
		public Builder speed(@Nullable String speed) {
			this.speed = speed;
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
		 * Set several pronunciation dictionaries (2025-04-16 form).
		 * @param pronunciationDictIds the dictionary ids
		 * @return this builder
		 */
		public Builder pronunciationDictIds(@Nullable List<String> pronunciationDictIds) {
			this.pronunciationDictIds = pronunciationDictIds;
			return this;
		}

		/**
		 * Set whether the API keeps the audio and returns its file id.
		 * @param save whether to save
		 * @return this builder
		 */
		public Builder save(@Nullable Boolean save) {
			this.save = save;
			return this;
		}

		/**
		 * Set the context id echoed in events.
		 * @param contextId the context id
		 * @return this builder
		 */
		public Builder contextId(@Nullable String contextId) {
			this.contextId = contextId;
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
		 * Build the request.
		 * @return the request
		 * @throws IllegalArgumentException if a field is invalid
		 */
		public TtsRequest build() {
			return new TtsRequest(this.modelId, this.transcript, this.voice, this.outputFormat, this.language,
					this.locale, this.duration, this.speed, this.generationConfig, this.pronunciationDictId,
					this.pronunciationDictIds, this.save, this.contextId, this.addTimestamps,
					this.addPhonemeTimestamps, this.useNormalizedTimestamps);
		}

	}

}
