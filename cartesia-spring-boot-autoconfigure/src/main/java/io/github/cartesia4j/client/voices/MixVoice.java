package io.github.cartesia4j.client.voices;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import io.github.cartesia4j.client.core.Arguments;

/**
 * One ingredient of a legacy voice mix: a voice given by id or by embedding, and its weight.
 *
 * @param id the voice id, or {@code null} when an embedding is given
 * @param embedding the voice embedding, or {@code null} when an id is given
 * @param weight the weight of this voice in the mix
 * @author cartesia4j
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MixVoice(@JsonProperty("id") @Nullable String id,
		@JsonProperty("embedding") @Nullable List<Double> embedding, @JsonProperty("weight") double weight) {

	public MixVoice {
		if ((id == null) == (embedding == null)) {
			throw new IllegalArgumentException("'voices[].id' or 'voices[].embedding' must be set, not both");
		}
		if (id != null) {
			Arguments.requireText(id, "voices[].id");
		}
		if (embedding != null) {
			embedding = Embeddings.require(embedding, "voices[].embedding");
		}
		if (!Double.isFinite(weight) || weight < 0) {
			throw new IllegalArgumentException("'voices[].weight' must be a finite number not below 0, got " + weight);
		}
	}

	/**
	 * A voice by id.
	 * @param id the voice id
	 * @param weight its weight
	 * @return the ingredient
	 */
	public static MixVoice id(String id, double weight) {
		return new MixVoice(id, null, weight);
	}

	/**
	 * A voice by embedding.
	 * @param embedding the embedding
	 * @param weight its weight
	 * @return the ingredient
	 */
	public static MixVoice embedding(List<Double> embedding, double weight) {
		return new MixVoice(null, embedding, weight);
	}

}
