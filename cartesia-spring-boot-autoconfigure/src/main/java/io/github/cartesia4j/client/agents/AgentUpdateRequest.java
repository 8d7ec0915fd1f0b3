package io.github.cartesia4j.client.agents;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The changes of {@code PATCH /agents/{agent_id}}: only the fields that are set are sent, the
 * others keep their value.
 *
 * @param name the new name
 * @param description the new description; an empty string clears it
 * @param ttsVoice the id of the voice the agent speaks with
 * @param ttsLanguage the language the agent speaks, for example {@code en}
 * @author cartesia4j
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgentUpdateRequest(@JsonProperty("name") @Nullable String name,
		@JsonProperty("description") @Nullable String description,
		@JsonProperty("tts_voice") @Nullable String ttsVoice,
		@JsonProperty("tts_language") @Nullable String ttsLanguage) {

	public AgentUpdateRequest {
		requireNotBlank(name, "name");
		requireNotBlank(ttsVoice, "tts_voice");
		requireNotBlank(ttsLanguage, "tts_language");
	}

	private static void requireNotBlank(@Nullable String value, String field) {
		if (value != null && value.isBlank()) {
			throw new IllegalArgumentException("'" + field + "' must not be blank");
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
		return new Builder().name(this.name)
			.description(this.description)
			.ttsVoice(this.ttsVoice)
			.ttsLanguage(this.ttsLanguage);
	}

	/**
	 * Builder for {@link AgentUpdateRequest}.
	 */
	public static final class Builder {

		private @Nullable String name;

		private @Nullable String description;

		private @Nullable String ttsVoice;

		private @Nullable String ttsLanguage;

		private Builder() {
		}

		/**
		 * Set the new name.
		 * @param name the name
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * Set the new description.
		 * @param description the description; an empty string clears it
		 * @return this builder
		 */
		public Builder description(@Nullable String description) {
			this.description = description;
			return this;
		}

		/**
		 * Set the voice the agent speaks with.
		 * @param ttsVoice the voice id
		 * @return this builder
		 */
		public Builder ttsVoice(@Nullable String ttsVoice) {
			this.ttsVoice = ttsVoice;
			return this;
		}

		/**
		 * Set the language the agent speaks.
		 * @param ttsLanguage the language code, for example {@code en}
		 * @return this builder
		 */
		public Builder ttsLanguage(@Nullable String ttsLanguage) {
			this.ttsLanguage = ttsLanguage;
			return this;
		}

		/**
		 * Build the request.
		 * @return the request
		 */
		public AgentUpdateRequest build() {
			return new AgentUpdateRequest(this.name, this.description, this.ttsVoice, this.ttsLanguage);
		}

	}

}
