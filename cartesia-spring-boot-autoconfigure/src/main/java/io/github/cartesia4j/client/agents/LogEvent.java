package io.github.cartesia4j.client.agents;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * An event the agent logged during a call.
 *
 * @param event the event name
 * @param metadata the event's metadata; the API documents string values, other JSON values
 * are kept as read
 * @param timestamp when the event happened, in seconds from the start of the call
 * @author cartesia4j
 * @since 0.1.0
 */
public record LogEvent(@JsonProperty("event") String event, @JsonProperty("metadata") Map<String, Object> metadata,
		@JsonProperty("timestamp") @Nullable Double timestamp) {

	public LogEvent {
		metadata = Immutables.map(metadata);
	}

}
