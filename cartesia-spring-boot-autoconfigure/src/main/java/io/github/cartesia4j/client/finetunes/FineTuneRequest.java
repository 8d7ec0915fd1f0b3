package io.github.cartesia4j.client.finetunes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import io.github.cartesia4j.client.core.Arguments;

/**
 * A request to create a fine-tune ({@code POST /fine-tunes/}): every field is required but
 * the accent.
 *
 * @param name the name, not blank
 * @param description the description, may be empty
 * @param language the language code, such as {@code en}; not blank
 * @param modelId the base model, such as {@value #SONIC_3_BASE_MODEL}; not blank
 * @param dataset the id of the dataset to train on, not blank
 * @param accent the catalog accent id, such as {@code general-american} (API 2026-08-14)
 * @author cartesia4j
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FineTuneRequest(@JsonProperty("name") String name, @JsonProperty("description") String description,
		@JsonProperty("language") String language, @JsonProperty("model_id") String modelId,
		@JsonProperty("dataset") String dataset, @JsonProperty("accent") @Nullable String accent) {

	/**
	 * The base model the 2025-11-04 API lists for fine-tuning.
	 */
	public static final String SONIC_3_BASE_MODEL = "sonic-3-2026-01-12";

	public FineTuneRequest {
		Arguments.requireText(name, "name");
		Arguments.requireNonNull(description, "description");
		Arguments.requireText(language, "language");
		Arguments.requireText(modelId, "model_id");
		Arguments.requireText(dataset, "dataset");
		if (accent != null && accent.isBlank()) {
			throw new IllegalArgumentException("'accent' must not be blank");
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
			.language(this.language)
			.modelId(this.modelId)
			.dataset(this.dataset)
			.accent(this.accent);
	}

	/**
	 * Builder for {@link FineTuneRequest}.
	 */
	public static final class Builder {

		private @Nullable String name;

		private @Nullable String description;

		private @Nullable String language;

		private @Nullable String modelId;

		private @Nullable String dataset;

		private @Nullable String accent;

		private Builder() {
		}

		/**
		 * Set the name.
		 * @param name the name
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * Set the description.
		 * @param description the description, may be empty
		 * @return this builder
		 */
		public Builder description(@Nullable String description) {
			this.description = description;
			return this;
		}

		/**
		 * Set the language.
		 * @param language the language code, such as {@code en}
		 * @return this builder
		 */
		public Builder language(@Nullable String language) {
			this.language = language;
			return this;
		}

		/**
		 * Set the base model.
		 * @param modelId the base model, such as {@value FineTuneRequest#SONIC_3_BASE_MODEL}
		 * @return this builder
		 */
		public Builder modelId(@Nullable String modelId) {
			this.modelId = modelId;
			return this;
		}

		/**
		 * Set the dataset to train on.
		 * @param dataset the dataset id
		 * @return this builder
		 */
		public Builder dataset(@Nullable String dataset) {
			this.dataset = dataset;
			return this;
		}

		/**
		 * Set the accent (API 2026-08-14).
		 * @param accent the catalog accent id, or {@code null} to leave it out
		 * @return this builder
		 */
		public Builder accent(@Nullable String accent) {
			this.accent = accent;
			return this;
		}

		/**
		 * Build the request.
		 * @return the request
		 * @throws IllegalArgumentException naming the first missing or blank field
		 */
		public FineTuneRequest build() {
			return new FineTuneRequest(this.name, this.description, this.language, this.modelId, this.dataset,
					this.accent);
		}

	}

}
