package io.github.cartesia4j.client.agents;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A piece of a transcript turn's text with the time it started.
 *
 * @param text the text
 * @param startTimestamp when the piece started, in seconds
 * @author cartesia4j
 * @since 0.1.0
 */
public record TextChunk(@JsonProperty("text") String text,
		@JsonProperty("start_timestamp") @Nullable Double startTimestamp) {

}
