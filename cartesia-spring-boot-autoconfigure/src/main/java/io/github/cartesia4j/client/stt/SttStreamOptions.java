package io.github.cartesia4j.client.stt;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.util.MultiValueMap;

import io.github.cartesia4j.client.core.Arguments;

/**
 * Settings of a realtime transcription on {@code GET /stt/websocket}, sent as its query
 * parameters {@code model}, {@code encoding}, {@code sample_rate}, {@code language},
 * {@code min_volume}, {@code max_silence_duration_secs} and {@code keyterm} (repeated).
 * Invalid values fail on construction with an {@link IllegalArgumentException} naming the
 * query parameter; which model takes which option is left to the API.
 *
 * @param model the model, for example {@link #INK_2} or {@link #INK_WHISPER}
 * @param encoding the encoding of the audio bytes that will be sent
 * @param sampleRate the sample rate of that audio in Hz
 * @param language the language of the audio as an ISO-639-1 code (ink-whisper); the API
 * assumes {@code en} when absent
 * @param minVolume the volume, between 0 and 1, below which audio counts as silence
 * (ink-whisper)
 * @param maxSilenceDurationSecs the silence in seconds after which the API finalizes the
 * transcript on its own (ink-whisper)
 * @param keyterms words and phrases to recognize more readily (ink-2): at most 100, at most
 * 1200 characters together; a phrase of several words stays one term
 * @author cartesia4j
 * @since 0.1.0
 */
public record SttStreamOptions(String model, SttEncoding encoding, Integer sampleRate, @Nullable String language,
		@Nullable Double minVolume, @Nullable Double maxSilenceDurationSecs, List<String> keyterms) {

	/**
	 * The latest Ink model, with key terms.
	 */
	public static final String INK_2 = "ink-2";

	/**
	 * The latest Cartesia Whisper model.
	 */
	public static final String INK_WHISPER = "ink-whisper";

	public SttStreamOptions {
		SttQuery.requireAudioFormat(model, encoding, sampleRate);
		if (language != null && language.isBlank()) {
			throw new IllegalArgumentException("'language' must not be blank");
		}
		if (minVolume != null && !Double.isFinite(minVolume)) {
			throw new IllegalArgumentException("'min_volume' must be a number, got " + minVolume);
		}
		Arguments.requireRange(minVolume, 0, 1, "min_volume");
		if (maxSilenceDurationSecs != null
				&& !(maxSilenceDurationSecs > 0 && Double.isFinite(maxSilenceDurationSecs))) {
			throw new IllegalArgumentException("'max_silence_duration_secs' must be positive, got "
					+ maxSilenceDurationSecs);
		}
		keyterms = SttQuery.keyterms(keyterms);
	}

	/**
	 * Settings for a model and the format of the audio, nothing else.
	 * @param model the model, for example {@link #INK_2}
	 * @param encoding the encoding of the audio
	 * @param sampleRate the sample rate in Hz
	 * @return the settings
	 */
	public static SttStreamOptions of(String model, SttEncoding encoding, int sampleRate) {
		return builder().model(model).encoding(encoding).sampleRate(sampleRate).build();
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
		return new Builder().model(this.model)
			.encoding(this.encoding)
			.sampleRate(this.sampleRate)
			.language(this.language)
			.minVolume(this.minVolume)
			.maxSilenceDurationSecs(this.maxSilenceDurationSecs)
			.keyterms(this.keyterms);
	}

	MultiValueMap<String, String> query() {
		return new SttQuery().add("model", this.model)
			.add("encoding", this.encoding)
			.add("sample_rate", this.sampleRate)
			.add("language", this.language)
			.add("min_volume", this.minVolume)
			.add("max_silence_duration_secs", this.maxSilenceDurationSecs)
			.addEach("keyterm", this.keyterms)
			.build();
	}

	/**
	 * Builder for {@link SttStreamOptions}.
	 */
	public static final class Builder {

		private @Nullable String model;

		private @Nullable SttEncoding encoding;

		private @Nullable Integer sampleRate;

		private @Nullable String language;

		private @Nullable Double minVolume;

		private @Nullable Double maxSilenceDurationSecs;

		private final List<String> keyterms = new ArrayList<>();

		private Builder() {
		}

		/**
		 * Set the model.
		 * @param model the model, for example {@link #INK_2}
		 * @return this builder
		 */
		public Builder model(@Nullable String model) {
			this.model = model;
			return this;
		}

		/**
		 * Set the encoding of the audio that will be sent.
		 * @param encoding the encoding
		 * @return this builder
		 */
		public Builder encoding(@Nullable SttEncoding encoding) {
			this.encoding = encoding;
			return this;
		}

		/**
		 * Set the sample rate of the audio that will be sent.
		 * @param sampleRate the sample rate in Hz
		 * @return this builder
		 */
		public Builder sampleRate(@Nullable Integer sampleRate) {
			this.sampleRate = sampleRate;
			return this;
		}

		/**
		 * Set the language of the audio.
		 * @param language an ISO-639-1 code such as {@code en}, or {@code null} for the API's
		 * default
		 * @return this builder
		 */
		public Builder language(@Nullable String language) {
			this.language = language;
			return this;
		}

		/**
		 * Set the volume below which audio counts as silence.
		 * @param minVolume between 0 and 1, or {@code null} for the API's default
		 * @return this builder
		 */
		public Builder minVolume(@Nullable Double minVolume) {
			this.minVolume = minVolume;
			return this;
		}

		/**
		 * Set the silence after which the API finalizes the transcript on its own.
		 * @param maxSilenceDurationSecs the silence in seconds, or {@code null} for the API's
		 * default
		 * @return this builder
		 */
		public Builder maxSilenceDurationSecs(@Nullable Double maxSilenceDurationSecs) {
			this.maxSilenceDurationSecs = maxSilenceDurationSecs;
			return this;
		}

		/**
		 * Add a key term.
		 * @param keyterm a word or a phrase
		 * @return this builder
		 */
		public Builder keyterm(String keyterm) {
			this.keyterms.add(keyterm);
			return this;
		}

		/**
		 * Replace the key terms.
		 * @param keyterms the terms, or {@code null} for none
		 * @return this builder
		 */
		public Builder keyterms(@Nullable List<String> keyterms) {
			this.keyterms.clear();
			if (keyterms != null) {
				this.keyterms.addAll(keyterms);
			}
			return this;
		}

		/**
		 * Build the settings.
		 * @return the settings
		 * @throws IllegalArgumentException if a value is invalid
		 */
		public SttStreamOptions build() {
			return new SttStreamOptions(this.model, this.encoding, this.sampleRate, this.language, this.minVolume,
					this.maxSilenceDurationSecs, this.keyterms);
		}

	}

}
