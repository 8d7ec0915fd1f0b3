package io.github.cartesia4j.client.agents;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A build and deployment of an agent's code.
 *
 * @param id the deployment id
 * @param agentId the agent deployed
 * @param status {@code queued}, {@code inactive}, {@code deploy_error}, {@code skipped},
 * {@code build_error}, {@code building} or {@code deployed}
 * @param pinned whether the deployment is pinned ({@code is_pinned})
 * @param live whether the deployment takes the agent's calls ({@code is_live})
 * @param envVarCollectionId the environment variables the deployment runs with
 * @param sourceCodeFileId the source code that was built
 * @param gitCommitHash the commit that was built
 * @param createdAt when the deployment was created
 * @param updatedAt when the deployment was last changed
 * @param buildStartedAt when the build started
 * @param buildCompletedAt when the build completed
 * @param buildError why the build failed, if it did
 * @param buildLogs the build output
 * @param deploymentStartedAt when the deployment started
 * @param deploymentCompletedAt when the deployment completed
 * @param deploymentError why the deployment failed, if it did
 * @author cartesia4j
 * @since 0.1.0
 */
public record Deployment(@JsonProperty("id") String id, @JsonProperty("agent_id") String agentId,
		@JsonProperty("status") @Nullable String status, @JsonProperty("is_pinned") @Nullable Boolean pinned,
		@JsonProperty("is_live") @Nullable Boolean live,
		@JsonProperty("env_var_collection_id") @Nullable String envVarCollectionId,
		@JsonProperty("source_code_file_id") @Nullable String sourceCodeFileId,
		@JsonProperty("git_commit_hash") @Nullable String gitCommitHash,
		@JsonProperty("created_at") @LenientInstant @Nullable Instant createdAt,
		@JsonProperty("updated_at") @LenientInstant @Nullable Instant updatedAt,
		@JsonProperty("build_started_at") @LenientInstant @Nullable Instant buildStartedAt,
		@JsonProperty("build_completed_at") @LenientInstant @Nullable Instant buildCompletedAt,
		@JsonProperty("build_error") @Nullable String buildError,
		@JsonProperty("build_logs") @Nullable String buildLogs,
		@JsonProperty("deployment_started_at") @LenientInstant @Nullable Instant deploymentStartedAt,
		@JsonProperty("deployment_completed_at") @LenientInstant @Nullable Instant deploymentCompletedAt,
		@JsonProperty("deployment_error") @Nullable String deploymentError) {

}
