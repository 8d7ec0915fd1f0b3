package io.github.cartesia4j.client.agents;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The result of running a metric on a call. Unlike the rest of the API this object's JSON
 * names are camelCase ({@code metricId}, {@code agentId}, {@code createdAt}, ...).
 *
 * @param id the result id
 * @param metricId the metric that was run
 * @param metricName the metric's name
 * @param summary the judge's explanation
 * @param transcript the transcript that was evaluated; empty when not sent
 * @param agentId the agent of the call
 * @param callId the call that was evaluated
 * @param deploymentId the deployment that handled the call
 * @param result the result as text, for example {@code HIGH_SATISFACTION}
 * @param jsonResult the result as a JSON object, if the metric produced one
 * @param value the result value in its JSON type (string, number, boolean, ...), if any
 * @param status {@code completed} or {@code failed}
 * @param runId the evaluation run, if any
 * @param createdAt when the result was produced
 * @author cartesia4j
 * @since 0.1.0
 * @see <a href="https://docs.cartesia.ai/api-reference/agents/metrics/list-metric-results">List Metric Results</a>
 */
public record MetricResult(@JsonProperty("id") String id, @JsonProperty("metricId") String metricId,
		@JsonProperty("metricName") @Nullable String metricName, @JsonProperty("summary") @Nullable String summary,
		@JsonProperty("transcript") List<AgentTranscript> transcript,
		@JsonProperty("agentId") @Nullable String agentId, @JsonProperty("callId") @Nullable String callId,
		@JsonProperty("deploymentId") @Nullable String deploymentId, @JsonProperty("result") @Nullable String result,
		@JsonProperty("jsonResult") @Nullable Map<String, Object> jsonResult,
		@JsonProperty("value") @Nullable Object value, @JsonProperty("status") @Nullable String status,
		@JsonProperty("runId") @Nullable String runId,
		@JsonProperty("createdAt") @LenientInstant @Nullable Instant createdAt) {

	public MetricResult {
		transcript = Immutables.list(transcript);
		jsonResult = (jsonResult != null) ? Immutables.map(jsonResult) : null;
	}

}
