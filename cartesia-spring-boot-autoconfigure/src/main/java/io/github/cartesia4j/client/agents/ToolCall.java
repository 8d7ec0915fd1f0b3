package io.github.cartesia4j.client.agents;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A tool the agent called during a transcript turn.
 *
 * @param id the tool call id
 * @param name the tool name
 * @param arguments the arguments by name; the API documents string values, other JSON
 * values are kept as read
 * @author cartesia4j
 * @since 0.1.0
 */
public record ToolCall(@JsonProperty("id") String id, @JsonProperty("name") String name,
		@JsonProperty("arguments") Map<String, Object> arguments) {

	public ToolCall {
		arguments = Immutables.map(arguments);
	}

}
