package io.github.cartesia4j.client.datasets;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A file uploaded to a dataset.
 *
 * @param id the file id
 * @param filename the name the file was uploaded with
 * @param createdAt when it was uploaded, as the API sent it (ISO-8601)
 * @param size the size in bytes
 * @author cartesia4j
 * @since 0.1.0
 */
public record DatasetFile(@JsonProperty("id") String id, @JsonProperty("filename") @Nullable String filename,
		@JsonProperty("created_at") @Nullable String createdAt, @JsonProperty("size") @Nullable Long size) {

}
