package io.github.cartesia4j.test.simulator;

/**
 * A word heard by the speech-to-text simulator.
 *
 * @param word the word, or a {@code [tone 440Hz]} placeholder for a tone no known word has
 * @param start the start time in seconds
 * @param end the end time in seconds
 * @author cartesia4j
 */
record SttWord(String word, double start, double end) {

}
