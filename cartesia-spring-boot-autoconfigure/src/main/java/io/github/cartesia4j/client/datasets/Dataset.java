package io.github.cartesia4j.client.datasets;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A dataset: a named collection of files to fine-tune a model on.
 *
 * @param id the dataset id
 * @param name the name
 * @param description the description
 * @param createdAt when it was created, as the API sent it (ISO-8601)
 * @author cartesia4j
 * @since 0.1.0
 */
public record Dataset(@JsonProperty("id") String id, @JsonProperty("name") @Nullable String name,
		@JsonProperty("description") @Nullable String description,
		@JsonProperty("created_at") @Nullable String createdAt) {

}
