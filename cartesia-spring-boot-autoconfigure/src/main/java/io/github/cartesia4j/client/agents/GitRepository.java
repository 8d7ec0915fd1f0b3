package io.github.cartesia4j.client.agents;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The Git repository an agent is deployed from.
 *
 * @param provider the hosting provider, for example {@code github}
 * @param account the account or organisation owning the repository
 * @param name the repository name
 * @author cartesia4j
 * @since 0.1.0
 */
public record GitRepository(@JsonProperty("provider") String provider, @JsonProperty("account") String account,
		@JsonProperty("name") String name) {

}
