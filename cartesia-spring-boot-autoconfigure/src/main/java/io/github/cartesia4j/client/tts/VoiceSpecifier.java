package io.github.cartesia4j.client.tts;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The {@code voice} of a request: a voice id ({@code {"mode":"id","id":...}}), or for legacy
 * API versions an embedding ({@code {"mode":"embedding","embedding":[...]}}), optionally with
 * the legacy {@code __experimental_controls}.
 *
 * @param mode {@code id} or {@code embedding}
 * @param id the voice id, for mode {@code id}
 * @param embedding the voice embedding, for mode {@code embedding}
 * @param experimentalControls legacy speed and emotion controls
 * @author cartesia4j
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VoiceSpecifier(@JsonProperty("mode") String mode, @JsonProperty("id") @Nullable String id,
		@JsonProperty("embedding") @Nullable List<Double> embedding,
		@JsonProperty("__experimental_controls") @Nullable Map<String, Object> experimentalControls) {

	public VoiceSpecifier {
		if ("id".equals(mode)) {
			if (id == null || id.isBlank()) {
				throw new IllegalArgumentException("'voice.id' must not be blank");
			}
		}
		else if ("embedding".equals(mode)) {
			if (embedding == null || embedding.isEmpty()) {
				throw new IllegalArgumentException("'voice.embedding' must not be empty");
			}
		}
		else {
			throw new IllegalArgumentException("'voice.mode' must be 'id' or 'embedding', got '" + mode + "'");
		}
		embedding = (embedding != null) ? List.copyOf(embedding) : null;
		experimentalControls = (experimentalControls != null) ? Map.copyOf(experimentalControls) : null;
	}

	/**
	 * A voice by id.
	 * @param id the voice id
	 * @return the specifier
	 */
	public static VoiceSpecifier id(String id) {
		return new VoiceSpecifier("id", id, null, null);
	}

	/**
	 * A voice by embedding (API versions up to 2025-11-04).
	 * @param embedding the embedding
	 * @return the specifier
	 */
	public static VoiceSpecifier embedding(List<Double> embedding) {
		return new VoiceSpecifier("embedding", null, embedding, null);
	}

	/**
	 * Return a copy with legacy {@code __experimental_controls} (API versions 2024-06-10 and
	 * 2024-11-13), for example {@code Map.of("speed", "fast", "emotion", List.of("positivity:high"))}.
	 * @param controls the controls
	 * @return the copy
	 */
	public VoiceSpecifier withExperimentalControls(Map<String, Object> controls) {
		return new VoiceSpecifier(this.mode, this.id, this.embedding, controls);
	}

}
