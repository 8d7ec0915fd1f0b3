package io.github.cartesia4j.client.agents;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * An LLM-as-a-judge metric that evaluates the calls of the agents it is added to.
 *
 * @param id the metric id
 * @param name the unique name: lower-case letters, digits, {@code _}, {@code -} and
 * {@code .}
 * @param displayName the display name, if any
 * @param prompt the prompt detailing the task and the evaluation criteria
 * @param createdAt when the metric was created
 * @author cartesia4j
 * @since 0.1.0
 */
public record Metric(@JsonProperty("id") String id, @JsonProperty("name") String name,
		@JsonProperty("display_name") @Nullable String displayName, @JsonProperty("prompt") @Nullable String prompt,
		@JsonProperty("created_at") @LenientInstant @Nullable Instant createdAt) {

}
