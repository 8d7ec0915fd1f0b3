package io.github.cartesia4j.test.simulator;

/**
 * Decoded mono audio as the speech-to-text and voice changer simulators read it.
 *
 * @param samples the samples, between -1 and 1; empty when the audio could be timed but not
 * decoded (MP3)
 * @param sampleRate the sample rate in Hz
 * @param durationSeconds the duration in seconds
 * @author cartesia4j
 */
record SttAudio(float[] samples, int sampleRate, double durationSeconds) {

	static SttAudio of(float[] samples, int sampleRate) {
		return new SttAudio(samples, sampleRate, (double) samples.length / sampleRate);
	}

	static SttAudio silence(int sampleRate, double durationSeconds) {
		return new SttAudio(new float[0], sampleRate, durationSeconds);
	}

}
