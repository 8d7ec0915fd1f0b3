package io.github.cartesia4j.client.tts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import io.github.cartesia4j.client.core.Arguments;

/**
 * Sonic-3 generation controls.
 *
 * @param volume loudness multiplier, 0.5 to 2.0
 * @param speed speed multiplier, 0.6 to 1.5
 * @param emotion emotion such as {@code calm}, {@code happy} or {@code sad}
 * @author cartesia4j
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GenerationConfig(@JsonProperty("volume") @Nullable Double volume,
		@JsonProperty("speed") @Nullable Double speed, @JsonProperty("emotion") @Nullable String emotion) {

	public GenerationConfig {
		Arguments.requireRange(volume, 0.5, 2.0, "generation_config.volume");
		Arguments.requireRange(speed, 0.6, 1.5, "generation_config.speed");
		if (emotion != null && emotion.isBlank()) {
			throw new IllegalArgumentException("'generation_config.emotion' must not be blank");
		}
	}

}
