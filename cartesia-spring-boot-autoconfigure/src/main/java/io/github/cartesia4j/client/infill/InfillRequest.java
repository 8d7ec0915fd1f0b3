package io.github.cartesia4j.client.infill;

import org.jspecify.annotations.Nullable;

import io.github.cartesia4j.client.core.Arguments;
import io.github.cartesia4j.client.core.FileInput;
import io.github.cartesia4j.client.tts.OutputFormat;

/**
 * An infill request for {@code POST /infill/bytes}, sent as {@code multipart/form-data} with
 * the fields {@code left_audio}, {@code right_audio}, {@code model_id}, {@code language},
 * {@code transcript}, {@code voice_id} and {@code output_format[...]}. Invalid values fail on
 * construction with an {@link IllegalArgumentException} naming the wire field.
 *
 * @param leftAudio the audio before the gap; at least one of the two clips is required
 * @param rightAudio the audio after the gap
 * @param modelId the model, for example {@code sonic-3}
 * @param language the language of the transcript, for example {@code en}
 * @param transcript the text to speak between the clips
 * @param voiceId the voice to speak with
 * @param outputFormat the format of the generated audio
 * @author cartesia4j
 * @since 0.1.0
 */
public record InfillRequest(@Nullable FileInput leftAudio, @Nullable FileInput rightAudio, String modelId,
		@Nullable String language, String transcript, String voiceId, OutputFormat outputFormat) {

	public InfillRequest {
		if (leftAudio == null && rightAudio == null) {
			throw new IllegalArgumentException("'left_audio' or 'right_audio' must be set: infill needs at least one"
					+ " clip to connect to");
		}
		Arguments.requireText(modelId, "model_id");
		if (language != null && language.isBlank()) {
			throw new IllegalArgumentException("'language' must not be blank");
		}
		Arguments.requireText(transcript, "transcript");
		Arguments.requireText(voiceId, "voice_id");
		Arguments.requireNonNull(outputFormat, "output_format");
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
		return new Builder().leftAudio(this.leftAudio)
			.rightAudio(this.rightAudio)
			.modelId(this.modelId)
			.language(this.language)
			.transcript(this.transcript)
			.voiceId(this.voiceId)
			.outputFormat(this.outputFormat);
	}

	/**
	 * Builder for {@link InfillRequest}.
	 */
	public static final class Builder {

		private @Nullable FileInput leftAudio;

		private @Nullable FileInput rightAudio;

		private @Nullable String modelId;

		private @Nullable String language;

		private @Nullable String transcript;

		private @Nullable String voiceId;

		private @Nullable OutputFormat outputFormat;

		private Builder() {
		}

		/**
		 * Set the audio before the gap.
		 * @param leftAudio the clip, or {@code null}
		 * @return this builder
		 */
		public Builder leftAudio(@Nullable FileInput leftAudio) {
			this.leftAudio = leftAudio;
			return this;
		}

		/**
		 * Set the audio after the gap.
		 * @param rightAudio the clip, or {@code null}
		 * @return this builder
		 */
		public Builder rightAudio(@Nullable FileInput rightAudio) {
			this.rightAudio = rightAudio;
			return this;
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
		 * Set the language of the transcript.
		 * @param language the language code, for example {@code en}
		 * @return this builder
		 */
		public Builder language(@Nullable String language) {
			this.language = language;
			return this;
		}

		/**
		 * Set the text to speak between the clips.
		 * @param transcript the text
		 * @return this builder
		 */
		public Builder transcript(@Nullable String transcript) {
			this.transcript = transcript;
			return this;
		}

		/**
		 * Set the voice.
		 * @param voiceId the voice id
		 * @return this builder
		 */
		public Builder voiceId(@Nullable String voiceId) {
			this.voiceId = voiceId;
			return this;
		}

		/**
		 * Set the format of the generated audio.
		 * @param outputFormat the format, for example {@code OutputFormat.wav(PCM_S16LE, 44100)}
		 * @return this builder
		 */
		public Builder outputFormat(@Nullable OutputFormat outputFormat) {
			this.outputFormat = outputFormat;
			return this;
		}

		/**
		 * Build the request.
		 * @return the request
		 */
		public InfillRequest build() {
			return new InfillRequest(this.leftAudio, this.rightAudio, this.modelId, this.language, this.transcript,
					this.voiceId, this.outputFormat);
		}

	}

}
