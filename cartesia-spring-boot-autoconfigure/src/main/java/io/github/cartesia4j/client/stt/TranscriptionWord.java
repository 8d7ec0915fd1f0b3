package io.github.cartesia4j.client.stt;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A transcribed word with its position in the audio.
 *
 * @param word the word
 * @param start the start time in seconds
 * @param end the end time in seconds
 * @author cartesia4j
 * @since 0.1.0
 */
public record TranscriptionWord(@JsonProperty("word") String word, @JsonProperty("start") double start,
		@JsonProperty("end") double end) {

}
