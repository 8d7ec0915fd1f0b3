package io.github.cartesia4j.client.agents;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import io.github.cartesia4j.client.core.CartesiaRequest;

/**
 * Which metric results to list or export. Every filter is optional; the date bounds are
 * inclusive and sent as ISO-8601 date-times such as {@code 2025-08-13T12:00:00Z}.
 *
 * @param agentId only results of this agent ({@code agent_id})
 * @param deploymentId only results of this deployment ({@code deployment_id})
 * @param metricId only results of this metric ({@code metric_id})
 * @param callId only results of this call ({@code call_id})
 * @param startDate only results created at or after this time ({@code start_date})
 * @param endDate only results created at or before this time ({@code end_date})
 * @author cartesia4j
 * @since 0.1.0
 */
public record MetricResultFilter(@Nullable String agentId, @Nullable String deploymentId,
		@Nullable String metricId, @Nullable String callId, @Nullable Instant startDate, @Nullable Instant endDate) {

	/**
	 * No filter: every metric result.
	 */
	public static final MetricResultFilter NONE = new MetricResultFilter(null, null, null, null, null, null);

	public MetricResultFilter {
		requireNotBlank(agentId, "agent_id");
		requireNotBlank(deploymentId, "deployment_id");
		requireNotBlank(metricId, "metric_id");
		requireNotBlank(callId, "call_id");
		if (startDate != null && endDate != null && startDate.isAfter(endDate)) {
			throw new IllegalArgumentException(
					"'start_date' must not be after 'end_date', got " + startDate + " and " + endDate);
		}
	}

	private static void requireNotBlank(@Nullable String value, String field) {
		if (value != null && value.isBlank()) {
			throw new IllegalArgumentException("'" + field + "' must not be blank");
		}
	}

	/**
	 * Start building a filter.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Start a builder holding this filter's values.
	 * @return a new builder
	 */
	public Builder toBuilder() {
		return new Builder().agentId(this.agentId)
			.deploymentId(this.deploymentId)
			.metricId(this.metricId)
			.callId(this.callId)
			.startDate(this.startDate)
			.endDate(this.endDate);
	}

	CartesiaRequest.Builder applyTo(CartesiaRequest.Builder request) {
		return request.query("agent_id", this.agentId)
			.query("deployment_id", this.deploymentId)
			.query("metric_id", this.metricId)
			.query("call_id", this.callId)
			.query("start_date", this.startDate)
			.query("end_date", this.endDate);
	}

	/**
	 * Builder for {@link MetricResultFilter}.
	 */
	public static final class Builder {

		private @Nullable String agentId;

		private @Nullable String deploymentId;

		private @Nullable String metricId;

		private @Nullable String callId;

		private @Nullable Instant startDate;

		private @Nullable Instant endDate;

		private Builder() {
		}

		/**
		 * Only results of an agent.
		 * @param agentId the agent id
		 * @return this builder
		 */
		public Builder agentId(@Nullable String agentId) {
			this.agentId = agentId;
			return this;
		}

		/**
		 * Only results of a deployment.
		 * @param deploymentId the deployment id
		 * @return this builder
		 */
		public Builder deploymentId(@Nullable String deploymentId) {
			this.deploymentId = deploymentId;
			return this;
		}

		/**
		 * Only results of a metric.
		 * @param metricId the metric id
		 * @return this builder
		 */
		public Builder metricId(@Nullable String metricId) {
			this.metricId = metricId;
			return this;
		}

		/**
		 * Only results of a call.
		 * @param callId the call id
		 * @return this builder
		 */
		public Builder callId(@Nullable String callId) {
			this.callId = callId;
			return this;
		}

		/**
		 * Only results created at or after a time.
		 * @param startDate the inclusive lower bound
		 * @return this builder
		 */
		public Builder startDate(@Nullable Instant startDate) {
			this.startDate = startDate;
			return this;
		}

		/**
		 * Only results created at or before a time.
		 * @param endDate the inclusive upper bound
		 * @return this builder
		 */
		public Builder endDate(@Nullable Instant endDate) {
			this.endDate = endDate;
			return this;
		}

		/**
		 * Build the filter.
		 * @return the filter
		 */
		public MetricResultFilter build() {
			return new MetricResultFilter(this.agentId, this.deploymentId, this.metricId, this.callId, this.startDate,
					this.endDate);
		}

	}

}
