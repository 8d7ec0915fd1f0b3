package io.github.cartesia4j.ai;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.ai.audio.transcription.AudioTranscriptionOptions;

import io.github.cartesia4j.client.core.Arguments;
import io.github.cartesia4j.client.stt.SttEncoding;
import io.github.cartesia4j.client.stt.TimestampGranularity;

/**
 * Transcription options for {@link CartesiaTranscriptionModel}: Spring AI's portable model,
 * plus Cartesia's language, timestamp granularities and, for headerless PCM, encoding and
 * sample rate. Every option is optional; an absent one falls back to the model's default
 * options. Invalid values fail on {@link Builder#build()} with an
 * {@link IllegalArgumentException} naming the option.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public final class CartesiaTranscriptionOptions implements AudioTranscriptionOptions {

	private final @Nullable String model;

	private final @Nullable String language;

	private final @Nullable List<TimestampGranularity> timestampGranularities;

	private final @Nullable SttEncoding encoding;

	private final @Nullable Integer sampleRate;

	private CartesiaTranscriptionOptions(Builder builder) {
		this.model = notBlank(builder.model, "model");
		this.language = notBlank(builder.language, "language");
		if (builder.timestampGranularities != null) {
			builder.timestampGranularities.forEach(
					(granularity) -> Arguments.requireNonNull(granularity, "timestamp_granularities[]"));
		}
		this.timestampGranularities = (builder.timestampGranularities != null)
				? List.copyOf(builder.timestampGranularities) : null;
		this.encoding = builder.encoding;
		if (builder.sampleRate != null && builder.sampleRate <= 0) {
			throw new IllegalArgumentException("'sample_rate' must be positive, got " + builder.sampleRate);
		}
		this.sampleRate = builder.sampleRate;
	}

	/**
	 * Start building options.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Return these options as Cartesia options: the same instance when they already are,
	 * otherwise a copy of the portable model.
	 * @param options the options, may be {@literal null}
	 * @return the Cartesia options, empty when {@code options} is {@literal null}
	 */
	public static CartesiaTranscriptionOptions from(@Nullable AudioTranscriptionOptions options) {
		if (options instanceof CartesiaTranscriptionOptions cartesia) {
			return cartesia;
		}
		return builder().model((options != null) ? options.getModel() : null).build();
	}

	/**
	 * Start a builder holding these options.
	 * @return a new builder
	 */
	public Builder toBuilder() {
		return new Builder().model(this.model)
			.language(this.language)
			.timestampGranularities(this.timestampGranularities)
			.encoding(this.encoding)
			.sampleRate(this.sampleRate);
	}

	/**
	 * Return the model, such as {@code ink-whisper}.
	 * @return the model, or {@literal null} for the default
	 */
	@Override
	public @Nullable String getModel() {
		return this.model;
	}

	/**
	 * Return the language of the audio as an ISO-639-1 code.
	 * @return the language, or {@literal null} for the default ({@code en} at the API)
	 */
	public @Nullable String getLanguage() {
		return this.language;
	}

	/**
	 * Return the timestamps to ask for.
	 * @return the granularities, empty for none, or {@literal null} for the default
	 */
	public @Nullable List<TimestampGranularity> getTimestampGranularities() {
		return this.timestampGranularities;
	}

	/**
	 * Return the sample encoding of headerless PCM audio.
	 * @return the encoding, or {@literal null} to let the API detect the format
	 */
	public @Nullable SttEncoding getEncoding() {
		return this.encoding;
	}

	/**
	 * Return the sample rate of headerless PCM audio.
	 * @return the sample rate in Hz, or {@literal null}
	 */
	public @Nullable Integer getSampleRate() {
		return this.sampleRate;
	}

	/**
	 * Return options holding every value of {@code runtime} and, for the values it leaves
	 * out, those of {@code defaults}. Encoding and sample rate are one unit: when
	 * {@code runtime} sets an encoding, the sample rate is not taken from {@code defaults}.
	 * @param runtime the options of one call
	 * @param defaults the model's default options
	 * @return the merged options
	 */
	static CartesiaTranscriptionOptions merge(CartesiaTranscriptionOptions runtime,
			CartesiaTranscriptionOptions defaults) {
		boolean ownEncoding = runtime.encoding != null;
		return new Builder().model(or(runtime.model, defaults.model))
			.language(or(runtime.language, defaults.language))
			.timestampGranularities(or(runtime.timestampGranularities, defaults.timestampGranularities))
			.encoding(or(runtime.encoding, defaults.encoding))
			.sampleRate(ownEncoding ? runtime.sampleRate : or(runtime.sampleRate, defaults.sampleRate))
			.build();
	}

	private static @Nullable String notBlank(@Nullable String value, String name) {
		if (value != null && value.isBlank()) {
			throw new IllegalArgumentException("'" + name + "' must not be blank");
		}
		return value;
	}

	private static <T> @Nullable T or(@Nullable T value, @Nullable T fallback) {
		return (value != null) ? value : fallback;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return (other instanceof CartesiaTranscriptionOptions that) && Objects.equals(this.model, that.model)
				&& Objects.equals(this.language, that.language)
				&& Objects.equals(this.timestampGranularities, that.timestampGranularities)
				&& this.encoding == that.encoding && Objects.equals(this.sampleRate, that.sampleRate);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.model, this.language, this.timestampGranularities, this.encoding, this.sampleRate);
	}

	@Override
	public String toString() {
		return "CartesiaTranscriptionOptions[model=" + this.model + ", language=" + this.language
				+ ", timestampGranularities=" + this.timestampGranularities + ", encoding=" + this.encoding
				+ ", sampleRate=" + this.sampleRate + "]";
	}

	/**
	 * Builder for {@link CartesiaTranscriptionOptions}.
	 */
	public static final class Builder {

		private @Nullable String model;

		private @Nullable String language;

		private @Nullable List<TimestampGranularity> timestampGranularities;

		private @Nullable SttEncoding encoding;

		private @Nullable Integer sampleRate;

		private Builder() {
		}

		/**
		 * Set the model.
		 * @param model the model, such as {@code ink-whisper}
		 * @return this builder
		 */
		public Builder model(@Nullable String model) {
			this.model = model;
			return this;
		}

		/**
		 * Set the language of the audio.
		 * @param language an ISO-639-1 code such as {@code en}
		 * @return this builder
		 */
		public Builder language(@Nullable String language) {
			this.language = language;
			return this;
		}

		/**
		 * Set the timestamps to ask for.
		 * @param timestampGranularities the granularities, empty for none
		 * @return this builder
		 */
		public Builder timestampGranularities(@Nullable List<TimestampGranularity> timestampGranularities) {
			this.timestampGranularities = timestampGranularities;
			return this;
		}

		/**
		 * Ask for the start and end time of every word.
		 * @return this builder
		 */
		public Builder wordTimestamps() {
			return timestampGranularities(List.of(TimestampGranularity.WORD));
		}

		/**
		 * Set the sample encoding of headerless PCM audio.
		 * @param encoding the encoding
		 * @return this builder
		 */
		public Builder encoding(@Nullable SttEncoding encoding) {
			this.encoding = encoding;
			return this;
		}

		/**
		 * Set the sample rate of headerless PCM audio.
		 * @param sampleRate the sample rate in Hz
		 * @return this builder
		 */
		public Builder sampleRate(@Nullable Integer sampleRate) {
			this.sampleRate = sampleRate;
			return this;
		}

		/**
		 * Build the options.
		 * @return the options
		 * @throws IllegalArgumentException if a value is invalid
		 */
		public CartesiaTranscriptionOptions build() {
			return new CartesiaTranscriptionOptions(this);
		}

	}

}
