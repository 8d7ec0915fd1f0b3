package io.github.cartesia4j.client.finetunes;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A fine-tune: a base model trained on a dataset, which produces voices once
 * {@link FineTuneStatus#COMPLETED completed}.
 *
 * @param id the fine-tune id
 * @param name the name
 * @param description the description
 * @param language the language code, such as {@code en}
 * @param modelId the base model
 * @param dataset the id of the dataset trained on
 * @param status the training status
 * @param accent the catalog accent id (API 2026-08-14)
 * @author cartesia4j
 * @since 0.1.0
 */
public record FineTune(@JsonProperty("id") String id, @JsonProperty("name") @Nullable String name,
		@JsonProperty("description") @Nullable String description,
		@JsonProperty("language") @Nullable String language, @JsonProperty("model_id") @Nullable String modelId,
		@JsonProperty("dataset") @Nullable String dataset, @JsonProperty("status") @Nullable FineTuneStatus status,
		@JsonProperty("accent") @Nullable String accent) {

	/**
	 * Return whether training finished, successfully or not.
	 * @return whether the status is {@code completed} or {@code failed}
	 */
	public boolean isTerminal() {
		return this.status != null && this.status.isTerminal();
	}

}
