package io.github.cartesia4j.client.voices;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import io.github.cartesia4j.client.core.Arguments;

/**
 * Body of {@code POST /voices/localize}: a new voice made from an existing one in another
 * language. Up to 2025-11-04 the API requires {@code description}, {@code language} and
 * {@code original_speaker_gender}, with an optional {@code dialect} checked against
 * {@link LocalizeDialects}; 2026-08-14 requires {@code accent} instead.
 *
 * @param voiceId the voice to localize
 * @param name the new voice's name
 * @param description the new voice's description
 * @param language the target language, for example {@code es}
 * @param originalSpeakerGender the gender of the original speaker
 * @param dialect the target dialect, for example {@code mx}
 * @param accent the target accent (a catalog id from 2026-08-14)
 * @param tagline the new voice's tagline (2026-08-14)
 * @author cartesia4j
 * @since 0.1.0
 * @see <a href="https://docs.cartesia.ai/api-reference/voices/localize">Localize Voice</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VoiceLocalizeRequest(@JsonProperty("voice_id") String voiceId, @JsonProperty("name") String name,
		@JsonProperty("description") @Nullable String description,
		@JsonProperty("language") @Nullable String language,
		@JsonProperty("original_speaker_gender") @Nullable SpeakerGender originalSpeakerGender,
		@JsonProperty("dialect") @Nullable String dialect, @JsonProperty("accent") @Nullable String accent,
		@JsonProperty("tagline") @Nullable String tagline) {

	public VoiceLocalizeRequest {
		Arguments.requireText(voiceId, "voice_id");
		Arguments.requireText(name, "name");
		if (language == null && accent == null) {
			throw new IllegalArgumentException("'language' (or, from API 2026-08-14, 'accent') must be set");
		}
		if (language != null) {
			Arguments.requireText(language, "language");
		}
		if (accent != null) {
			Arguments.requireText(accent, "accent");
		}
		LocalizeDialects.check(language, dialect);
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
		return new Builder().voiceId(this.voiceId)
			.name(this.name)
			.description(this.description)
			.language(this.language)
			.originalSpeakerGender(this.originalSpeakerGender)
			.dialect(this.dialect)
			.accent(this.accent)
			.tagline(this.tagline);
	}

	/**
	 * Builder for {@link VoiceLocalizeRequest}.
	 */
	public static final class Builder {

		private @Nullable String voiceId;

		private @Nullable String name;

		private @Nullable String description;

		private @Nullable String language;

		private @Nullable SpeakerGender originalSpeakerGender;

		private @Nullable String dialect;

		private @Nullable String accent;

		private @Nullable String tagline;

		private Builder() {
		}

		/**
		 * Set the voice to localize.
		 * @param voiceId the voice id
		 * @return this builder
		 */
		public Builder voiceId(@Nullable String voiceId) {
			this.voiceId = voiceId;
			return this;
		}

		/**
		 * Set the new voice's name.
		 * @param name the name
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * Set the new voice's description.
		 * @param description the description
		 * @return this builder
		 */
		public Builder description(@Nullable String description) {
			this.description = description;
			return this;
		}

		/**
		 * Set the target language.
		 * @param language the language code, for example {@code es}
		 * @return this builder
		 */
		public Builder language(@Nullable String language) {
			this.language = language;
			return this;
		}

		/**
		 * Set the gender of the original speaker.
		 * @param originalSpeakerGender the gender
		 * @return this builder
		 */
		public Builder originalSpeakerGender(@Nullable SpeakerGender originalSpeakerGender) {
			this.originalSpeakerGender = originalSpeakerGender;
			return this;
		}

		/**
		 * Set the target dialect.
		 * @param dialect the dialect, for example {@code mx} for {@code es}
		 * @return this builder
		 */
		public Builder dialect(@Nullable String dialect) {
			this.dialect = dialect;
			return this;
		}

		/**
		 * Set the target accent.
		 * @param accent the accent
		 * @return this builder
		 */
		public Builder accent(@Nullable String accent) {
			this.accent = accent;
			return this;
		}

		/**
		 * Set the new voice's tagline (2026-08-14).
		 * @param tagline the tagline
		 * @return this builder
		 */
		public Builder tagline(@Nullable String tagline) {
			this.tagline = tagline;
			return this;
		}

		/**
		 * Build the request.
		 * @return the request
		 */
		public VoiceLocalizeRequest build() {
			return new VoiceLocalizeRequest(this.voiceId, this.name, this.description, this.language,
					this.originalSpeakerGender, this.dialect, this.accent, this.tagline);
		}

	}

}
