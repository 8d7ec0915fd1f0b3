package io.github.cartesia4j.client.tts;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Word timings in seconds, as parallel lists.
 *
 * @param words the words
 * @param start start time of each word
 * @param end end time of each word
 * @author cartesia4j
 * @since 0.1.0
 */
public record WordTimestamps(@JsonProperty("words") List<String> words, @JsonProperty("start") List<Double> start,
		@JsonProperty("end") List<Double> end) {

}
