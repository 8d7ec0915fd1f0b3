package io.github.cartesia4j.client.voices;

import java.nio.file.Path;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;

import org.springframework.core.io.Resource;

import io.github.cartesia4j.client.core.Arguments;
import io.github.cartesia4j.client.core.FileInput;
import io.github.cartesia4j.client.core.Multipart;

/**
 * Multipart body of {@code POST /voices/clone}: an audio clip (about 5 seconds for a
 * similarity clone) and the new voice's details. {@code mode} is only understood by API
 * versions 2024-06-10 and 2024-11-13, {@code enhance} up to 2025-04-16 and {@code accent} from
 * 2025-11-04.
 *
 * @param clip the audio clip ({@code clip})
 * @param name the voice name ({@code name})
 * @param language the voice language, for example {@code en} ({@code language})
 * @param description the voice description ({@code description})
 * @param baseVoiceId the voice the clone derives from ({@code base_voice_id})
 * @param accent the accent ({@code accent})
 * @param mode the legacy clone mode ({@code mode})
 * @param enhance whether to denoise the clip first, legacy ({@code enhance})
 * @author cartesia4j
 * @since 0.1.0
 * @see <a href="https://docs.cartesia.ai/api-reference/voices/clone">Clone Voice</a>
 */
public record VoiceCloneRequest(FileInput clip, String name, String language, @Nullable String description,
		@Nullable String baseVoiceId, @Nullable String accent, @Nullable CloneMode mode, @Nullable Boolean enhance) {

	public VoiceCloneRequest {
		Arguments.requireNonNull(clip, "clip");
		Arguments.requireText(name, "name");
		Arguments.requireText(language, "language");
		if (baseVoiceId != null) {
			Arguments.requireText(baseVoiceId, "base_voice_id");
		}
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
		return new Builder().clip(this.clip)
			.name(this.name)
			.language(this.language)
			.description(this.description)
			.baseVoiceId(this.baseVoiceId)
			.accent(this.accent)
			.mode(this.mode)
			.enhance(this.enhance);
	}

	Multipart toMultipart() {
		return new Multipart().file("clip", this.clip)
			.text("name", this.name)
			.text("description", this.description)
			.text("language", this.language)
			.text("mode", (this.mode != null) ? this.mode.value() : null)
			.text("enhance", this.enhance)
			.text("base_voice_id", this.baseVoiceId)
			.text("accent", this.accent);
	}

	/**
	 * Builder for {@link VoiceCloneRequest}.
	 */
	public static final class Builder {

		private @Nullable FileInput clip;

		private @Nullable String name;

		private @Nullable String language;

		private @Nullable String description;

		private @Nullable String baseVoiceId;

		private @Nullable String accent;

		private @Nullable CloneMode mode;

		private @Nullable Boolean enhance;

		private Builder() {
		}

		/**
		 * Set the clip.
		 * @param clip the audio clip
		 * @return this builder
		 */
		public Builder clip(@Nullable FileInput clip) {
			this.clip = clip;
			return this;
		}

		/**
		 * Set the clip from a file; its name sets the part's content type.
		 * @param clip the audio file, for example {@code sample.wav}
		 * @return this builder
		 */
		public Builder clip(Path clip) {
			return clip(asClip(() -> FileInput.of(clip)));
		}

		/**
		 * Set the clip from a Spring resource.
		 * @param clip the audio resource
		 * @return this builder
		 */
		public Builder clip(Resource clip) {
			return clip(asClip(() -> FileInput.of(clip)));
		}

		/**
		 * Set the clip from bytes.
		 * @param clip the audio bytes
		 * @param filename the file name, for example {@code sample.wav}
		 * @return this builder
		 */
		public Builder clip(byte[] clip, String filename) {
			return clip(asClip(() -> FileInput.of(clip, filename)));
		}

		/**
		 * Set the clip from a stream of bytes; it must be cold to be retried.
		 * @param clip the audio bytes
		 * @param filename the file name, for example {@code sample.mp3}
		 * @return this builder
		 */
		public Builder clip(Flux<byte[]> clip, String filename) {
			return clip(asClip(() -> FileInput.of(clip, filename)));
		}

		private static FileInput asClip(Supplier<FileInput> file) {
			try {
				return file.get();
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException(String.valueOf(ex.getMessage()).replace("'file'", "'clip'"), ex);
			}
		}

		/**
		 * Set the voice name.
		 * @param name the name
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * Set the voice language.
		 * @param language the language code, for example {@code en}
		 * @return this builder
		 */
		public Builder language(@Nullable String language) {
			this.language = language;
			return this;
		}

		/**
		 * Set the voice description.
		 * @param description the description
		 * @return this builder
		 */
		public Builder description(@Nullable String description) {
			this.description = description;
			return this;
		}

		/**
		 * Derive the clone from a base voice.
		 * @param baseVoiceId the base voice id
		 * @return this builder
		 */
		public Builder baseVoiceId(@Nullable String baseVoiceId) {
			this.baseVoiceId = baseVoiceId;
			return this;
		}

		/**
		 * Set the accent (2025-11-04 and newer).
		 * @param accent the accent
		 * @return this builder
		 */
		public Builder accent(@Nullable String accent) {
			this.accent = accent;
			return this;
		}

		/**
		 * Set the legacy clone mode (2024-06-10 and 2024-11-13).
		 * @param mode the mode
		 * @return this builder
		 */
		public Builder mode(@Nullable CloneMode mode) {
			this.mode = mode;
			return this;
		}

		/**
		 * Set whether to denoise the clip first (up to 2025-04-16).
		 * @param enhance whether to enhance
		 * @return this builder
		 */
		public Builder enhance(@Nullable Boolean enhance) {
			this.enhance = enhance;
			return this;
		}

		/**
		 * Build the request.
		 * @return the request
		 */
		public VoiceCloneRequest build() {
			return new VoiceCloneRequest(this.clip, this.name, this.language, this.description, this.baseVoiceId,
					this.accent, this.mode, this.enhance);
		}

	}

}
