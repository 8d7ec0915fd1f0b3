package io.github.cartesia4j.client.agents;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A numeric metric the agent logged during a call.
 *
 * @param name the metric name
 * @param value the value
 * @param timestamp when it was logged, in seconds from the start of the call
 * @author cartesia4j
 * @since 0.1.0
 */
public record LogMetric(@JsonProperty("name") String name, @JsonProperty("value") @Nullable Double value,
		@JsonProperty("timestamp") @Nullable Double timestamp) {

}
