package io.github.cartesia4j.client.voices;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of the legacy {@code POST /voices/mix}: the voices to mix with their weights.
 *
 * @param voices the voices, at least one
 * @author cartesia4j
 * @since 0.1.0
 */
public record VoiceMixRequest(@JsonProperty("voices") List<MixVoice> voices) {

	public VoiceMixRequest {
		if (voices == null || voices.isEmpty()) {
			throw new IllegalArgumentException("'voices' must not be empty");
		}
		if (voices.contains(null)) {
			throw new IllegalArgumentException("'voices' must not contain null");
		}
		voices = List.copyOf(voices);
	}

	/**
	 * A mix of the given voices.
	 * @param voices the voices
	 * @return the request
	 */
	public static VoiceMixRequest of(MixVoice... voices) {
		return new VoiceMixRequest((voices != null) ? Arrays.asList(voices) : null);
	}

}
