package io.github.cartesia4j.test.simulator;

/**
 * A tone found in audio: a stretch of sound between two silences and its frequency.
 *
 * @param start the index of its first sample
 * @param end the index after its last sample
 * @param frequency its frequency, rounded to a whole number of Hz
 * @author cartesia4j
 */
record SttTone(int start, int end, int frequency) {

}
