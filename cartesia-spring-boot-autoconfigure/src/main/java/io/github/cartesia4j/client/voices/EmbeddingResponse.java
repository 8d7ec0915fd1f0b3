package io.github.cartesia4j.client.voices;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A voice embedding returned by the legacy mix and embedding-localize operations:
 * {@code {"embedding": [...]}}.
 *
 * @param embedding the embedding (192 numbers in the API's examples)
 * @author cartesia4j
 * @since 0.1.0
 */
public record EmbeddingResponse(@JsonProperty("embedding") List<Double> embedding) {

	public EmbeddingResponse {
		embedding = (embedding != null) ? List.copyOf(embedding) : List.of();
	}

}
