package io.github.cartesia4j.client.stt;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.github.cartesia4j.client.core.Arguments;
import io.github.cartesia4j.client.core.FileInput;

/**
 * A batch transcription request for {@code POST /stt}, sent as {@code multipart/form-data}
 * with the fields {@code file}, {@code model}, {@code language} and
 * {@code timestamp_granularities[]}, and the query parameters {@code encoding} and
 * {@code sample_rate}. Invalid values fail on construction with an
 * {@link IllegalArgumentException} naming the wire field.
 *
 * @param file the audio file (flac, m4a, mp3, mp4, mpeg, mpga, oga, ogg, wav, webm, or
 * headerless PCM together with an encoding); streamed, never loaded whole
 * @param model the model, for example {@link #INK_WHISPER}
 * @param language the language of the audio as an ISO-639-1 code; the API assumes
 * {@code en} when absent
 * @param timestampGranularities the timestamps to return; empty for none
 * @param encoding the sample encoding, for headerless PCM only
 * @param sampleRate the sample rate in Hz, for headerless PCM only (needs an encoding)
 * @author cartesia4j
 * @since 0.1.0
 */
public record TranscriptionRequest(FileInput file, String model, @Nullable String language,
		List<TimestampGranularity> timestampGranularities, @Nullable SttEncoding encoding,
		@Nullable Integer sampleRate) {

	/**
	 * The latest Cartesia Whisper model.
	 */
	public static final String INK_WHISPER = "ink-whisper";

	public TranscriptionRequest {
		Arguments.requireNonNull(file, "file");
		Arguments.requireText(model, "model");
		if (language != null && language.isBlank()) {
			throw new IllegalArgumentException("'language' must not be blank");
		}
		if (timestampGranularities == null) {
			timestampGranularities = List.of();
		}
		else {
			timestampGranularities.forEach((granularity) -> Arguments.requireNonNull(granularity,
					"timestamp_granularities[]"));
			timestampGranularities = List.copyOf(timestampGranularities);
		}
		if (sampleRate != null) {
			if (sampleRate <= 0) {
				throw new IllegalArgumentException("'sample_rate' must be positive, got " + sampleRate);
			}
			if (encoding == null) {
				throw new IllegalArgumentException(
						"'sample_rate' applies to headerless PCM only: set 'encoding' with it");
			}
		}
	}

	/**
	 * A request for a file and a model, nothing else.
	 * @param file the audio file
	 * @param model the model, for example {@link #INK_WHISPER}
	 * @return the request
	 */
	public static TranscriptionRequest of(FileInput file, String model) {
		return builder().file(file).model(model).build();
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
		return new Builder().file(this.file)
			.model(this.model)
			.language(this.language)
			.timestampGranularities(this.timestampGranularities)
			.encoding(this.encoding)
			.sampleRate(this.sampleRate);
	}

	/**
	 * Builder for {@link TranscriptionRequest}.
	 */
	public static final class Builder {

		private @Nullable FileInput file;

		private @Nullable String model;

		private @Nullable String language;

		private final List<TimestampGranularity> timestampGranularities = new ArrayList<>();

		private @Nullable SttEncoding encoding;

		private @Nullable Integer sampleRate;

		private Builder() {
		}

		/**
		 * Set the audio file.
		 * @param file the file, for example {@code FileInput.of(path)}
		 * @return this builder
		 */
		public Builder file(@Nullable FileInput file) {
			this.file = file;
			return this;
		}

		/**
		 * Set the model.
		 * @param model the model, for example {@link #INK_WHISPER}
		 * @return this builder
		 */
		public Builder model(@Nullable String model) {
			this.model = model;
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
		 * Replace the requested timestamp granularities.
		 * @param timestampGranularities the granularities, or {@code null} for none
		 * @return this builder
		 */
		public Builder timestampGranularities(@Nullable List<TimestampGranularity> timestampGranularities) {
			this.timestampGranularities.clear();
			if (timestampGranularities != null) {
				this.timestampGranularities.addAll(timestampGranularities);
			}
			return this;
		}

		/**
		 * Ask for word timestamps ({@code timestamp_granularities[]=word}).
		 * @return this builder
		 */
		public Builder wordTimestamps() {
			if (!this.timestampGranularities.contains(TimestampGranularity.WORD)) {
				this.timestampGranularities.add(TimestampGranularity.WORD);
			}
			return this;
		}

		/**
		 * Set the encoding of headerless PCM.
		 * @param encoding the encoding, or {@code null} to let the API detect the format
		 * @return this builder
		 */
		public Builder encoding(@Nullable SttEncoding encoding) {
			this.encoding = encoding;
			return this;
		}

		/**
		 * Set the sample rate of headerless PCM.
		 * @param sampleRate the sample rate in Hz, or {@code null}
		 * @return this builder
		 */
		public Builder sampleRate(@Nullable Integer sampleRate) {
			this.sampleRate = sampleRate;
			return this;
		}

		/**
		 * Build the request.
		 * @return the request
		 */
		public TranscriptionRequest build() {
			return new TranscriptionRequest(this.file, this.model, this.language, this.timestampGranularities,
					this.encoding, this.sampleRate);
		}

	}

}
