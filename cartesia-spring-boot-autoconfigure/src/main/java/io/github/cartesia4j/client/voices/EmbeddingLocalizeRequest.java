package io.github.cartesia4j.client.voices;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import io.github.cartesia4j.client.core.Arguments;

/**
 * Body of the legacy embedding form of {@code POST /voices/localize} (API versions up to
 * 2024-11-13): an embedding localized to another language, answered with a new embedding.
 *
 * @param embedding the embedding to localize
 * @param language the target language, for example {@code es}
 * @param originalSpeakerGender the gender of the original speaker
 * @param dialect the target dialect, checked against {@link LocalizeDialects}
 * @author cartesia4j
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EmbeddingLocalizeRequest(@JsonProperty("embedding") List<Double> embedding,
		@JsonProperty("language") String language,
		@JsonProperty("original_speaker_gender") SpeakerGender originalSpeakerGender,
		@JsonProperty("dialect") @Nullable String dialect) {

	public EmbeddingLocalizeRequest {
		embedding = Embeddings.require(embedding, "embedding");
		Arguments.requireText(language, "language");
		Arguments.requireNonNull(originalSpeakerGender, "original_speaker_gender");
		LocalizeDialects.check(language, dialect);
	}

	/**
	 * A request without dialect.
	 * @param embedding the embedding to localize
	 * @param language the target language
	 * @param originalSpeakerGender the gender of the original speaker
	 * @return the request
	 */
	public static EmbeddingLocalizeRequest of(List<Double> embedding, String language,
			SpeakerGender originalSpeakerGender) {
		return new EmbeddingLocalizeRequest(embedding, language, originalSpeakerGender, null);
	}

	/**
	 * Start building a request.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for {@link EmbeddingLocalizeRequest}.
	 */
	public static final class Builder {

		private @Nullable List<Double> embedding;

		private @Nullable String language;

		private @Nullable SpeakerGender originalSpeakerGender;

		private @Nullable String dialect;

		private Builder() {
		}

		/**
		 * Set the embedding to localize.
		 * @param embedding the embedding
		 * @return this builder
		 */
		public Builder embedding(@Nullable List<Double> embedding) {
			this.embedding = embedding;
			return this;
		}

		/**
		 * Set the target language.
		 * @param language the language code
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
		 * @param dialect the dialect
		 * @return this builder
		 */
		public Builder dialect(@Nullable String dialect) {
			this.dialect = dialect;
			return this;
		}

		/**
		 * Build the request.
		 * @return the request
		 */
		public EmbeddingLocalizeRequest build() {
			return new EmbeddingLocalizeRequest(this.embedding, this.language, this.originalSpeakerGender,
					this.dialect);
		}

	}

}
