package io.github.cartesia4j.client.agents;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of {@code GET /agents}: {@code {"summaries": [...]}}.
 *
 * @param summaries the agents
 * @author cartesia4j
 * @since 0.1.0
 */
record AgentList(@JsonProperty("summaries") List<AgentSummary> summaries) {

	AgentList {
		summaries = Immutables.list(summaries);
	}

}
