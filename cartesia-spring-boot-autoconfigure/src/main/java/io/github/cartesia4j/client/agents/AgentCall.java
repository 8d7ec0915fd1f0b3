package io.github.cartesia4j.client.agents;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A call to or from an agent.
 *
 * @param id the call id
 * @param agentId the agent that took the call
 * @param status {@code active}, {@code completed}, {@code failed} or {@code cancelled}
 * @param startTime when the call started
 * @param endTime when the call ended, once it has
 * @param transcript the transcript; empty unless requested with {@code expand=transcript}
 * (lists) or sent by the API (get)
 * @param telephonyParams the numbers of a phone call, if it was one
 * @param summary a generated summary of the call, if any
 * @param errorMessage why the call failed, if it did
 * @param deploymentId the deployment that handled the call, if known
 * @param agentName the agent's name (newer API versions), if sent
 * @param endReason why the call ended (newer API versions), if sent
 * @param redactedAt when the call was redacted (newer API versions), if it was
 * @author cartesia4j
 * @since 0.1.0
 * @see <a href="https://docs.cartesia.ai/api-reference/agents/calls/get-call">Get Call</a>
 */
public record AgentCall(@JsonProperty("id") String id, @JsonProperty("agent_id") String agentId,
		@JsonProperty("status") @Nullable String status,
		@JsonProperty("start_time") @LenientInstant @Nullable Instant startTime,
		@JsonProperty("end_time") @LenientInstant @Nullable Instant endTime,
		@JsonProperty("transcript") List<AgentTranscript> transcript,
		@JsonProperty("telephony_params") @Nullable TelephonyParams telephonyParams,
		@JsonProperty("summary") @Nullable String summary, @JsonProperty("error_message") @Nullable String errorMessage,
		@JsonProperty("deployment_id") @Nullable String deploymentId,
		@JsonProperty("agent_name") @Nullable String agentName, @JsonProperty("end_reason") @Nullable String endReason,
		@JsonProperty("redacted_at") @LenientInstant @Nullable Instant redactedAt) {

	public AgentCall {
		transcript = Immutables.list(transcript);
	}

}
