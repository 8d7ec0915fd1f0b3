package io.github.cartesia4j.client.voices;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import io.github.cartesia4j.client.core.Arguments;

/**
 * Body of the legacy {@code POST /voices/}: a voice from an embedding, for example one
 * returned by {@link VoicesClient#mix(VoiceMixRequest) mix}.
 *
 * @param name the voice name
 * @param description the voice description
 * @param embedding the voice embedding
 * @param language the voice language, for example {@code en}
 * @param baseVoiceId the voice the new one derives from
 * @author cartesia4j
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VoiceCreateRequest(@JsonProperty("name") String name, @JsonProperty("description") String description,
		@JsonProperty("embedding") List<Double> embedding, @JsonProperty("language") @Nullable String language,
		@JsonProperty("base_voice_id") @Nullable String baseVoiceId) {

	public VoiceCreateRequest {
		Arguments.requireText(name, "name");
		Arguments.requireNonNull(description, "description");
		embedding = Embeddings.require(embedding, "embedding");
		if (language != null) {
			Arguments.requireText(language, "language");
		}
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
	 * Builder for {@link VoiceCreateRequest}.
	 */
	public static final class Builder {

		private @Nullable String name;

		private @Nullable String description;

		private @Nullable List<Double> embedding;

		private @Nullable String language;

		private @Nullable String baseVoiceId;

		private Builder() {
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
		 * Set the voice description.
		 * @param description the description
		 * @return this builder
		 */
		public Builder description(@Nullable String description) {
			this.description = description;
			return this;
		}

		/**
		 * Set the voice embedding.
		 * @param embedding the embedding
		 * @return this builder
		 */
		public Builder embedding(@Nullable List<Double> embedding) {
			this.embedding = embedding;
			return this;
		}

		/**
		 * Set the voice language.
		 * @param language the language code
		 * @return this builder
		 */
		public Builder language(@Nullable String language) {
			this.language = language;
			return this;
		}

		/**
		 * Set the base voice.
		 * @param baseVoiceId the base voice id
		 * @return this builder
		 */
		public Builder baseVoiceId(@Nullable String baseVoiceId) {
			this.baseVoiceId = baseVoiceId;
			return this;
		}

		/**
		 * Build the request.
		 * @return the request
		 */
		public VoiceCreateRequest build() {
			return new VoiceCreateRequest(this.name, this.description, this.embedding, this.language,
					this.baseVoiceId);
		}

	}

}
