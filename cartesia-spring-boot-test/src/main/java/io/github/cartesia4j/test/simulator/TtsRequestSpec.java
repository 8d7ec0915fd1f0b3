package io.github.cartesia4j.test.simulator;

import org.jspecify.annotations.Nullable;

/**
 * A validated TTS request, as far as the simulator needs it.
 *
 * @param modelId the model id
 * @param transcript the transcript, not blank
 * @param outputFormat the output format
 * @param speed the speed factor applied to word durations
 * @param volume the volume factor
 * @param save whether the audio is saved ({@code Cartesia-File-ID} response header)
 * @param addTimestamps whether word timestamps are streamed (SSE)
 * @param addPhonemeTimestamps whether phoneme timestamps are streamed (SSE)
 * @param contextId the context id to echo (SSE)
 * @author cartesia4j
 */
record TtsRequestSpec(String modelId, String transcript, AudioFormat outputFormat, double speed, double volume,
		boolean save, boolean addTimestamps, boolean addPhonemeTimestamps, @Nullable String contextId) {

	SyntheticSpeech speech() {
		try {
			return SyntheticSpeech.of(this.transcript, this.outputFormat.sampleRate(), this.speed, this.volume);
		}
		catch (ArithmeticException ex) {
			throw SimulatorErrors.badRequest("transcript is too long");
		}
	}

}
