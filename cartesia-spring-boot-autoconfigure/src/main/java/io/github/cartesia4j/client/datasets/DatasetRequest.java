package io.github.cartesia4j.client.datasets;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.cartesia4j.client.core.Arguments;

/**
 * The name and description of a dataset, sent to create one ({@code POST /datasets/}) or to
 * replace both of an existing one ({@code PATCH /datasets/{id}}).
 *
 * @param name the name, not blank
 * @param description the description; required by the API from version 2025-04-16, it may
 * be empty
 * @author cartesia4j
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DatasetRequest(@JsonProperty("name") String name, @JsonProperty("description") String description) {

	public DatasetRequest {
		Arguments.requireText(name, "name");
		Arguments.requireNonNull(description, "description");
	}

	/**
	 * A dataset with a name and a description.
	 * @param name the name, not blank
	 * @param description the description, may be empty
	 * @return the request
	 */
	public static DatasetRequest of(String name, String description) {
		return new DatasetRequest(name, description);
	}

}
