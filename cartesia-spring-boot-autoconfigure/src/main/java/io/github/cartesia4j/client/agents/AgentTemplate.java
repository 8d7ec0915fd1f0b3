package io.github.cartesia4j.client.agents;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A public, Cartesia-provided agent template to start an agent from.
 *
 * @param id the template id, for example {@code cartesia-basic-chat}
 * @param name the display name
 * @param description the description, if any
 * @param repoUrl the URL of the template's source repository
 * @param rootDir the directory of the agent inside the repository; empty for the root
 * @param requiredEnvVars the environment variables the agent needs; empty when none
 * @param dependencies the template's dependencies; empty when none
 * @param ownerId the owner of the template
 * @param createdAt when the template was created
 * @param updatedAt when the template was last changed
 * @author cartesia4j
 * @since 0.1.0
 * @see <a href="https://docs.cartesia.ai/api-reference/agents/agents/templates">List Templates</a>
 */
public record AgentTemplate(@JsonProperty("id") String id, @JsonProperty("name") String name,
		@JsonProperty("description") @Nullable String description, @JsonProperty("repo_url") @Nullable String repoUrl,
		@JsonProperty("root_dir") @Nullable String rootDir,
		@JsonProperty("required_env_vars") List<String> requiredEnvVars,
		@JsonProperty("dependencies") List<String> dependencies, @JsonProperty("owner_id") @Nullable String ownerId,
		@JsonProperty("created_at") @LenientInstant @Nullable Instant createdAt,
		@JsonProperty("updated_at") @LenientInstant @Nullable Instant updatedAt) {

	public AgentTemplate {
		requiredEnvVars = Immutables.list(requiredEnvVars);
		dependencies = Immutables.list(dependencies);
	}

}
