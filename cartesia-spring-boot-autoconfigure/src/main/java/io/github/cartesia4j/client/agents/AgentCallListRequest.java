package io.github.cartesia4j.client.agents;

import org.jspecify.annotations.Nullable;

import io.github.cartesia4j.client.core.Arguments;
import io.github.cartesia4j.client.core.CartesiaRequest;

/**
 * The query of {@code GET /agents/calls}: the agent whose calls to list, whether to include
 * the transcripts, and the page.
 *
 * @param agentId the agent ({@code agent_id}, required)
 * @param expandTranscript whether each call carries its transcript ({@code expand=transcript})
 * @param limit the page size, 1 to 100, or {@code null} for the API's default
 * @param startingAfter return the calls after this call id
 * @param endingBefore return the calls before this call id
 * @author cartesia4j
 * @since 0.1.0
 */
public record AgentCallListRequest(String agentId, boolean expandTranscript, @Nullable Integer limit,
		@Nullable String startingAfter, @Nullable String endingBefore) {

	public AgentCallListRequest {
		Arguments.requireText(agentId, "agent_id");
		Arguments.requireRange(limit, 1, 100, "limit");
		if (startingAfter != null && endingBefore != null) {
			throw new IllegalArgumentException("'starting_after' and 'ending_before' must not both be set");
		}
	}

	/**
	 * The first page of an agent's calls, without transcripts, with the API's default size.
	 * @param agentId the agent id
	 * @return the request
	 */
	public static AgentCallListRequest of(String agentId) {
		return builder(agentId).build();
	}

	/**
	 * Start building a request for an agent's calls.
	 * @param agentId the agent id
	 * @return a new builder
	 */
	public static Builder builder(String agentId) {
		return new Builder(agentId);
	}

	/**
	 * Return the same request for the page after another cursor.
	 * @param cursor the call id to start after, or {@code null} for the first page
	 * @return the request
	 */
	public AgentCallListRequest after(@Nullable String cursor) {
		return new AgentCallListRequest(this.agentId, this.expandTranscript, this.limit, cursor, null);
	}

	CartesiaRequest.Builder applyTo(CartesiaRequest.Builder request) {
		return request.query("agent_id", this.agentId)
			.query("expand", this.expandTranscript ? "transcript" : null)
			.query("limit", this.limit)
			.query("starting_after", this.startingAfter)
			.query("ending_before", this.endingBefore);
	}

	/**
	 * Builder for {@link AgentCallListRequest}.
	 */
	public static final class Builder {

		private final String agentId;

		private boolean expandTranscript;

		private @Nullable Integer limit;

		private @Nullable String startingAfter;

		private @Nullable String endingBefore;

		private Builder(String agentId) {
			this.agentId = agentId;
		}

		/**
		 * Include each call's transcript ({@code expand=transcript}).
		 * @param expandTranscript whether to include the transcripts
		 * @return this builder
		 */
		public Builder expandTranscript(boolean expandTranscript) {
			this.expandTranscript = expandTranscript;
			return this;
		}

		/**
		 * Set the page size.
		 * @param limit 1 to 100, or {@code null} for the API's default
		 * @return this builder
		 */
		public Builder limit(@Nullable Integer limit) {
			this.limit = limit;
			return this;
		}

		/**
		 * Return the calls after a call id.
		 * @param startingAfter the call id
		 * @return this builder
		 */
		public Builder startingAfter(@Nullable String startingAfter) {
			this.startingAfter = startingAfter;
			return this;
		}

		/**
		 * Return the calls before a call id.
		 * @param endingBefore the call id
		 * @return this builder
		 */
		public Builder endingBefore(@Nullable String endingBefore) {
			this.endingBefore = endingBefore;
			return this;
		}

		/**
		 * Build the request.
		 * @return the request
		 */
		public AgentCallListRequest build() {
			return new AgentCallListRequest(this.agentId, this.expandTranscript, this.limit, this.startingAfter,
					this.endingBefore);
		}

	}

}
