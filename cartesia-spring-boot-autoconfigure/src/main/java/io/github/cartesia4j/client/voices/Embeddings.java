package io.github.cartesia4j.client.voices;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Checks of voice embeddings in legacy requests.
 *
 * @author cartesia4j
 */
final class Embeddings {

	private Embeddings() {
	}

	static List<Double> require(@Nullable List<Double> embedding, String field) {
		if (embedding == null || embedding.isEmpty()) {
			throw new IllegalArgumentException("'" + field + "' must not be empty");
		}
		for (Double value : embedding) {
			if (value == null || !Double.isFinite(value)) {
				throw new IllegalArgumentException("'" + field + "' must hold finite numbers only, got " + value);
			}
		}
		return List.copyOf(embedding);
	}

}
