package io.github.cartesia4j.client.stt;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.util.MultiValueMap;

/**
 * Settings of a transcription with turn detection on {@code GET /stt/turns/websocket}, sent as
 * its query parameters {@code model}, {@code encoding}, {@code sample_rate}, {@code keyterm}
 * (repeated), {@code turn_start_threshold}, {@code turn_eager_end_threshold},
 * {@code turn_end_threshold} and {@code turn_end_timeout_ms}. Invalid values fail on
 * construction with an {@link IllegalArgumentException} naming the query parameter.
 *
 * @param model the model, for example {@link SttStreamOptions#INK_2}
 * @param encoding the encoding of the audio bytes that will be sent
 * @param sampleRate the sample rate of that audio in Hz
 * @param keyterms words and phrases to recognize more readily: at most 100, at most 1200
 * characters together
 * @param turnStartThreshold the speech likelihood above which a turn starts, 0.5 to 0.9 (API
 * default 0.8)
 * @param turnEagerEndThreshold the likelihood of more speech below which a
 * {@link SttTurnEvent.EagerEnd} is sent, 0.3 to 0.6 (API default 0.4)
 * @param turnEndThreshold the likelihood of more speech below which the turn ends, 0.05 to
 * 0.5 (API default 0.2)
 * @param turnEndTimeoutMs the silence in milliseconds after which the turn ends anyway, 640
 * to 11200 (API default 5600)
 * @author cartesia4j
 * @since 0.1.0
 */
public record SttTurnOptions(String model, SttEncoding encoding, Integer sampleRate, List<String> keyterms,
		@Nullable Double turnStartThreshold, @Nullable Double turnEagerEndThreshold, @Nullable Double turnEndThreshold,
		@Nullable Integer turnEndTimeoutMs) {

	public SttTurnOptions {
		SttQuery.requireAudioFormat(model, encoding, sampleRate);
		keyterms = SttQuery.keyterms(keyterms);
		SttTurnConfig.check(turnStartThreshold, turnEagerEndThreshold, turnEndThreshold, turnEndTimeoutMs, "turn_");
	}

	/**
	 * Settings for a model and the format of the audio, with the API's turn detection
	 * defaults.
	 * @param model the model, for example {@link SttStreamOptions#INK_2}
	 * @param encoding the encoding of the audio
	 * @param sampleRate the sample rate in Hz
	 * @return the settings
	 */
	public static SttTurnOptions of(String model, SttEncoding encoding, int sampleRate) {
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
			.keyterms(this.keyterms)
			.turnStartThreshold(this.turnStartThreshold)
			.turnEagerEndThreshold(this.turnEagerEndThreshold)
			.turnEndThreshold(this.turnEndThreshold)
			.turnEndTimeoutMs(this.turnEndTimeoutMs);
	}

	MultiValueMap<String, String> query() {
		return new SttQuery().add("model", this.model)
			.add("encoding", this.encoding)
			.add("sample_rate", this.sampleRate)
			.addEach("keyterm", this.keyterms)
			.add("turn_start_threshold", this.turnStartThreshold)
			.add("turn_eager_end_threshold", this.turnEagerEndThreshold)
			.add("turn_end_threshold", this.turnEndThreshold)
			.add("turn_end_timeout_ms", this.turnEndTimeoutMs)
			.build();
	}

	/**
	 * Builder for {@link SttTurnOptions}.
	 */
	public static final class Builder {

		private @Nullable String model;

		private @Nullable SttEncoding encoding;

		private @Nullable Integer sampleRate;

		private final List<String> keyterms = new ArrayList<>();

		private @Nullable Double turnStartThreshold;

		private @Nullable Double turnEagerEndThreshold;

		private @Nullable Double turnEndThreshold;

		private @Nullable Integer turnEndTimeoutMs;

		private Builder() {
		}

		/**
		 * Set the model.
		 * @param model the model, for example {@link SttStreamOptions#INK_2}
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
		 * Set the speech likelihood above which a turn starts.
		 * @param turnStartThreshold 0.5 to 0.9, or {@code null} for the API's default
		 * @return this builder
		 */
		public Builder turnStartThreshold(@Nullable Double turnStartThreshold) {
			this.turnStartThreshold = turnStartThreshold;
			return this;
		}

		/**
		 * Set the likelihood of more speech below which an eager end is sent.
		 * @param turnEagerEndThreshold 0.3 to 0.6, or {@code null} for the API's default
		 * @return this builder
		 */
		public Builder turnEagerEndThreshold(@Nullable Double turnEagerEndThreshold) {
			this.turnEagerEndThreshold = turnEagerEndThreshold;
			return this;
		}

		/**
		 * Set the likelihood of more speech below which the turn ends.
		 * @param turnEndThreshold 0.05 to 0.5, or {@code null} for the API's default
		 * @return this builder
		 */
		public Builder turnEndThreshold(@Nullable Double turnEndThreshold) {
			this.turnEndThreshold = turnEndThreshold;
			return this;
		}

		/**
		 * Set the silence after which the turn ends anyway.
		 * @param turnEndTimeoutMs 640 to 11200 milliseconds, or {@code null} for the API's
		 * default
		 * @return this builder
		 */
		public Builder turnEndTimeoutMs(@Nullable Integer turnEndTimeoutMs) {
			this.turnEndTimeoutMs = turnEndTimeoutMs;
			return this;
		}

		/**
		 * Build the settings.
		 * @return the settings
		 * @throws IllegalArgumentException if a value is invalid
		 */
		public SttTurnOptions build() {
			return new SttTurnOptions(this.model, this.encoding, this.sampleRate, this.keyterms,
					this.turnStartThreshold, this.turnEagerEndThreshold, this.turnEndThreshold, this.turnEndTimeoutMs);
		}

	}

}
