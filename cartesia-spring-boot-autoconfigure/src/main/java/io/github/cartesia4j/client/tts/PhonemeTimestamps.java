package io.github.cartesia4j.client.tts;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Phoneme timings in seconds, as parallel lists.
 *
 * @param phonemes the phonemes
 * @param start start time of each phoneme
 * @param end end time of each phoneme
 * @author cartesia4j
 * @since 0.1.0
 */
public record PhonemeTimestamps(@JsonProperty("phonemes") List<String> phonemes,
		@JsonProperty("start") List<Double> start, @JsonProperty("end") List<Double> end) {

}
