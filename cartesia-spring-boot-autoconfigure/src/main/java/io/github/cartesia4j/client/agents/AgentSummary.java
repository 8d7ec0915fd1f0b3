package io.github.cartesia4j.client.agents;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A voice agent ({@code AgentSummary}), as returned by the list, get and update operations.
 *
 * @param id the agent id
 * @param name the agent name
 * @param description the description, if any
 * @param createdAt when the agent was created
 * @param updatedAt when the agent was last changed
 * @param ttsVoice the id of the voice the agent speaks with
 * @param ttsLanguage the language the agent speaks, for example {@code en}
 * @param webhookId the webhook notified of the agent's calls, if any
 * @param deletedAt when the agent was deleted, if it was
 * @param gitRepository the repository the agent is deployed from, if any
 * @param gitDeployBranch the branch that is deployed, if any
 * @param phoneNumbers the agent's phone numbers; empty when it has none
 * @param hasTextToAgentRun whether a text-to-agent run exists
 * @param deploymentCount the number of deployments
 * @param backgroundSoundFileId the background sound file (API version 2025-04-16 only)
 * @param backgroundSoundVolume the background sound volume (API version 2025-04-16 only)
 * @author cartesia4j
 * @since 0.1.0
 * @see <a href="https://docs.cartesia.ai/api-reference/agents/agents/get">Get Agent</a>
 */
public record AgentSummary(@JsonProperty("id") String id, @JsonProperty("name") String name,
		@JsonProperty("description") @Nullable String description,
		@JsonProperty("created_at") @LenientInstant @Nullable Instant createdAt,
		@JsonProperty("updated_at") @LenientInstant @Nullable Instant updatedAt,
		@JsonProperty("tts_voice") @Nullable String ttsVoice,
		@JsonProperty("tts_language") @Nullable String ttsLanguage,
		@JsonProperty("webhook_id") @Nullable String webhookId,
		@JsonProperty("deleted_at") @LenientInstant @Nullable Instant deletedAt,
		@JsonProperty("git_repository") @Nullable GitRepository gitRepository,
		@JsonProperty("git_deploy_branch") @Nullable String gitDeployBranch,
		@JsonProperty("phone_numbers") List<PhoneNumberSummary> phoneNumbers,
		@JsonProperty("has_text_to_agent_run") @Nullable Boolean hasTextToAgentRun,
		@JsonProperty("deployment_count") @Nullable Integer deploymentCount,
		@JsonProperty("background_sound_file_id") @Nullable String backgroundSoundFileId,
		@JsonProperty("background_sound_volume") @Nullable Double backgroundSoundVolume) {

	public AgentSummary {
		phoneNumbers = Immutables.list(phoneNumbers);
	}

}
