package io.github.cartesia4j.ai;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.ai.audio.tts.TextToSpeechOptions;

import io.github.cartesia4j.client.core.Arguments;
import io.github.cartesia4j.client.tts.AudioEncoding;
import io.github.cartesia4j.client.tts.OutputFormat;

/**
 * Text-to-speech options for {@link CartesiaTextToSpeechModel}: Spring AI's portable model,
 * voice, format and speed, plus Cartesia's output format details, language, volume and
 * emotion. Every option is optional; an absent one falls back to the model's default
 * options, then to the {@code TtsClient}'s defaults ({@code cartesia.tts.*}). Invalid
 * values fail on {@link Builder#build()} with an {@link IllegalArgumentException} naming the
 * option.
 * <ul>
 * <li>{@code format}: {@code mp3}, {@code wav}, or {@code pcm} (alias {@code raw}) for
 * headerless samples, in any case; the sample rate defaults to 44.1 kHz, the encoding of
 * {@code wav} and {@code pcm} to {@code pcm_s16le} and the bit rate of {@code mp3} to
 * 128 kbps.</li>
 * <li>{@code speed}: a multiplier sent as {@code generation_config.speed}, which Cartesia
 * accepts between 0.6 and 1.5 only (sonic-3).</li>
 * </ul>
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public final class CartesiaTextToSpeechOptions implements TextToSpeechOptions {

	/**
	 * Lowest speed Cartesia accepts.
	 */
	public static final double MIN_SPEED = 0.6;

	/**
	 * Highest speed Cartesia accepts.
	 */
	public static final double MAX_SPEED = 1.5;

	private final @Nullable String model;

	private final @Nullable String voice;

	private final @Nullable String format;

	private final @Nullable Double speed;

	private final @Nullable AudioEncoding encoding;

	private final @Nullable Integer sampleRate;

	private final @Nullable Integer bitRate;

	private final @Nullable String language;

	private final @Nullable Double volume;

	private final @Nullable String emotion;

	private CartesiaTextToSpeechOptions(Builder builder) {
		this.model = notBlank(builder.model, "model");
		this.voice = notBlank(builder.voice, "voice");
		this.format = (builder.format != null) ? SpeechFormats.normalize(builder.format) : null;
		if (builder.speed != null && !(builder.speed >= MIN_SPEED && builder.speed <= MAX_SPEED)) {
			throw new IllegalArgumentException("'speed' must be between " + MIN_SPEED + " and " + MAX_SPEED
					+ " (Cartesia generation_config.speed), got " + builder.speed);
		}
		this.speed = builder.speed;
		this.encoding = builder.encoding;
		this.sampleRate = builder.sampleRate;
		this.bitRate = builder.bitRate;
		checkOutputFormat();
		this.language = notBlank(builder.language, "language");
		Arguments.requireRange(builder.volume, 0.5, 2.0, "generation_config.volume");
		this.volume = builder.volume;
		this.emotion = notBlank(builder.emotion, "generation_config.emotion");
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
	 * otherwise a copy of the portable model, voice, format and speed.
	 * @param options the options, may be {@literal null}
	 * @return the Cartesia options, empty when {@code options} is {@literal null}
	 * @throws IllegalArgumentException if a portable value has no Cartesia equivalent (an
	 * unknown format, a speed outside 0.6 to 1.5)
	 */
	public static CartesiaTextToSpeechOptions from(@Nullable TextToSpeechOptions options) {
		if (options instanceof CartesiaTextToSpeechOptions cartesia) {
			return cartesia;
		}
		if (options == null) {
			return builder().build();
		}
		return builder().model(options.getModel())
			.voice(options.getVoice())
			.format(options.getFormat())
			.speed(options.getSpeed())
			.build();
	}

	/**
	 * Start a builder holding these options.
	 * @return a new builder
	 */
	public Builder toBuilder() {
		return new Builder().model(this.model)
			.voice(this.voice)
			.format(this.format)
			.speed(this.speed)
			.encoding(this.encoding)
			.sampleRate(this.sampleRate)
			.bitRate(this.bitRate)
			.language(this.language)
			.volume(this.volume)
			.emotion(this.emotion);
	}

	/**
	 * Return the model, such as {@code sonic-3}.
	 * @return the model id, or {@literal null} for the default
	 */
	@Override
	public @Nullable String getModel() {
		return this.model;
	}

	/**
	 * Return the voice id.
	 * @return the voice id, or {@literal null} for the default
	 */
	@Override
	public @Nullable String getVoice() {
		return this.voice;
	}

	/**
	 * Return the format name: {@code mp3}, {@code wav}, {@code pcm} or {@code raw}.
	 * @return the lower-case name, or {@literal null} for the default
	 */
	@Override
	public @Nullable String getFormat() {
		return this.format;
	}

	/**
	 * Return the speed multiplier, between 0.6 and 1.5.
	 * @return the speed, or {@literal null} for the model's own pace
	 */
	@Override
	public @Nullable Double getSpeed() {
		return this.speed;
	}

	/**
	 * Return the sample encoding of {@code wav} and {@code pcm} output.
	 * @return the encoding, or {@literal null} for {@code pcm_s16le}
	 */
	public @Nullable AudioEncoding getEncoding() {
		return this.encoding;
	}

	/**
	 * Return the sample rate in Hz.
	 * @return the sample rate, or {@literal null} for 44100
	 */
	public @Nullable Integer getSampleRate() {
		return this.sampleRate;
	}

	/**
	 * Return the bit rate of {@code mp3} output in bits per second.
	 * @return the bit rate, or {@literal null} for 128000
	 */
	public @Nullable Integer getBitRate() {
		return this.bitRate;
	}

	/**
	 * Return the Cartesia output format these options describe.
	 * @return the format, or {@literal null} when no format name is set
	 */
	public @Nullable OutputFormat getOutputFormat() {
		return (this.format != null)
				? SpeechFormats.outputFormat(this.format, this.encoding, this.sampleRate, this.bitRate) : null;
	}

	/**
	 * Return the language of the transcript, such as {@code en}.
	 * @return the language, or {@literal null} for the default
	 */
	public @Nullable String getLanguage() {
		return this.language;
	}

	/**
	 * Return the loudness multiplier ({@code generation_config.volume}), between 0.5 and
	 * 2.0.
	 * @return the volume, or {@literal null} for the model's own
	 */
	public @Nullable Double getVolume() {
		return this.volume;
	}

	/**
	 * Return the emotion ({@code generation_config.emotion}), such as {@code calm}.
	 * @return the emotion, or {@literal null} for none
	 */
	public @Nullable String getEmotion() {
		return this.emotion;
	}

	/**
	 * Return options holding every value of {@code runtime} and, for the values it leaves
	 * out, those of {@code defaults}. The output format is one unit: when {@code runtime}
	 * names a format, its encoding, sample rate and bit rate are not taken from
	 * {@code defaults}.
	 * @param runtime the options of one call
	 * @param defaults the model's default options
	 * @return the merged options
	 */
	static CartesiaTextToSpeechOptions merge(CartesiaTextToSpeechOptions runtime,
			CartesiaTextToSpeechOptions defaults) {
		boolean ownFormat = runtime.format != null;
		return new Builder().model(or(runtime.model, defaults.model))
			.voice(or(runtime.voice, defaults.voice))
			.format(or(runtime.format, defaults.format))
			.speed(or(runtime.speed, defaults.speed))
			.encoding(ownFormat ? runtime.encoding : or(runtime.encoding, defaults.encoding))
			.sampleRate(ownFormat ? runtime.sampleRate : or(runtime.sampleRate, defaults.sampleRate))
			.bitRate(ownFormat ? runtime.bitRate : or(runtime.bitRate, defaults.bitRate))
			.language(or(runtime.language, defaults.language))
			.volume(or(runtime.volume, defaults.volume))
			.emotion(or(runtime.emotion, defaults.emotion))
			.build();
	}

	private void checkOutputFormat() {
		if (this.format != null) {
			SpeechFormats.outputFormat(this.format, this.encoding, this.sampleRate, this.bitRate);
			return;
		}
		if (this.sampleRate != null && !OutputFormat.SAMPLE_RATES.contains(this.sampleRate)) {
			throw new IllegalArgumentException("'output_format.sample_rate' must be one of "
					+ OutputFormat.SAMPLE_RATES.stream().sorted().toList() + ", got " + this.sampleRate);
		}
		if (this.bitRate != null && !OutputFormat.BIT_RATES.contains(this.bitRate)) {
			throw new IllegalArgumentException("'output_format.bit_rate' must be one of "
					+ OutputFormat.BIT_RATES.stream().sorted().toList() + ", got " + this.bitRate);
		}
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
		return (other instanceof CartesiaTextToSpeechOptions that) && Objects.equals(this.model, that.model)
				&& Objects.equals(this.voice, that.voice) && Objects.equals(this.format, that.format)
				&& Objects.equals(this.speed, that.speed) && this.encoding == that.encoding
				&& Objects.equals(this.sampleRate, that.sampleRate) && Objects.equals(this.bitRate, that.bitRate)
				&& Objects.equals(this.language, that.language) && Objects.equals(this.volume, that.volume)
				&& Objects.equals(this.emotion, that.emotion);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.model, this.voice, this.format, this.speed, this.encoding, this.sampleRate,
				this.bitRate, this.language, this.volume, this.emotion);
	}

	@Override
	public String toString() {
		return "CartesiaTextToSpeechOptions[model=" + this.model + ", voice=" + this.voice + ", format=" + this.format
				+ ", speed=" + this.speed + ", encoding=" + this.encoding + ", sampleRate=" + this.sampleRate
				+ ", bitRate=" + this.bitRate + ", language=" + this.language + ", volume=" + this.volume
				+ ", emotion=" + this.emotion + "]";
	}

	/**
	 * Builder for {@link CartesiaTextToSpeechOptions}.
	 */
	public static final class Builder implements TextToSpeechOptions.Builder {

		private @Nullable String model;

		private @Nullable String voice;

		private @Nullable String format;

		private @Nullable Double speed;

		private @Nullable AudioEncoding encoding;

		private @Nullable Integer sampleRate;

		private @Nullable Integer bitRate;

		private @Nullable String language;

		private @Nullable Double volume;

		private @Nullable String emotion;

		private Builder() {
		}

		/**
		 * Set the model.
		 * @param model the model id, such as {@code sonic-3}
		 * @return this builder
		 */
		@Override
		public Builder model(@Nullable String model) {
			this.model = model;
			return this;
		}

		/**
		 * Set the voice.
		 * @param voice the voice id
		 * @return this builder
		 */
		@Override
		public Builder voice(@Nullable String voice) {
			this.voice = voice;
			return this;
		}

		/**
		 * Set the format.
		 * @param format {@code mp3}, {@code wav}, {@code pcm} or {@code raw}
		 * @return this builder
		 */
		@Override
		public Builder format(@Nullable String format) {
			this.format = format;
			return this;
		}

		/**
		 * Set the speed multiplier.
		 * @param speed between 0.6 and 1.5
		 * @return this builder
		 */
		@Override
		public Builder speed(@Nullable Double speed) {
			this.speed = speed;
			return this;
		}

		/**
		 * Set the sample encoding of {@code wav} and {@code pcm} output.
		 * @param encoding the encoding
		 * @return this builder
		 */
		public Builder encoding(@Nullable AudioEncoding encoding) {
			this.encoding = encoding;
			return this;
		}

		/**
		 * Set the sample rate.
		 * @param sampleRate the sample rate in Hz, one of {@link OutputFormat#SAMPLE_RATES}
		 * @return this builder
		 */
		public Builder sampleRate(@Nullable Integer sampleRate) {
			this.sampleRate = sampleRate;
			return this;
		}

		/**
		 * Set the bit rate of {@code mp3} output.
		 * @param bitRate the bit rate in bits per second, one of
		 * {@link OutputFormat#BIT_RATES}
		 * @return this builder
		 */
		public Builder bitRate(@Nullable Integer bitRate) {
			this.bitRate = bitRate;
			return this;
		}

		/**
		 * Set the format, encoding, sample rate and bit rate from a Cartesia output format.
		 * @param outputFormat the format
		 * @return this builder
		 */
		public Builder outputFormat(OutputFormat outputFormat) {
			Arguments.requireNonNull(outputFormat, "outputFormat");
			return format(outputFormat.container().value()).encoding(outputFormat.encoding())
				.sampleRate(outputFormat.sampleRate())
				.bitRate(outputFormat.bitRate());
		}

		/**
		 * Set the language of the transcript.
		 * @param language the language code, such as {@code en}
		 * @return this builder
		 */
		public Builder language(@Nullable String language) {
			this.language = language;
			return this;
		}

		/**
		 * Set the loudness multiplier.
		 * @param volume between 0.5 and 2.0
		 * @return this builder
		 */
		public Builder volume(@Nullable Double volume) {
			this.volume = volume;
			return this;
		}

		/**
		 * Set the emotion.
		 * @param emotion the emotion, such as {@code calm}, {@code happy} or {@code sad}
		 * @return this builder
		 */
		public Builder emotion(@Nullable String emotion) {
			this.emotion = emotion;
			return this;
		}

		/**
		 * Build the options.
		 * @return the options
		 * @throws IllegalArgumentException if a value is invalid
		 */
		@Override
		public CartesiaTextToSpeechOptions build() {
			return new CartesiaTextToSpeechOptions(this);
		}

	}

}
