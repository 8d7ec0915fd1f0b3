package io.github.cartesia4j.test.simulator;

/**
 * Cuts a {@link SyntheticSpeech} into fixed-size chunks and encodes them one at a time into
 * a reused buffer. One instance serves one response stream.
 *
 * @author cartesia4j
 */
final class PcmChunks {

	private final SyntheticSpeech speech;

	private final PcmEncoding encoding;

	private final int chunkSamples;

	private final int count;

	private final float[] samples;

	private final byte[] bytes;

	PcmChunks(SyntheticSpeech speech, PcmEncoding encoding, int chunkSamples) {
		this.speech = speech;
		this.encoding = encoding;
		this.chunkSamples = Math.max(1, Math.min(chunkSamples, speech.sampleCount()));
		this.count = (speech.sampleCount() + this.chunkSamples - 1) / this.chunkSamples;
		this.samples = new float[this.chunkSamples];
		this.bytes = new byte[this.chunkSamples * encoding.bytesPerSample()];
	}

	int count() {
		return this.count;
	}

	int startSample(int index) {
		return index * this.chunkSamples;
	}

	int endSample(int index) {
		return (int) Math.min((long) (index + 1) * this.chunkSamples, this.speech.sampleCount());
	}

	/**
	 * Render and encode a chunk into {@link #bytes()}.
	 * @param index the chunk index
	 * @return the number of bytes written
	 */
	int render(int index) {
		int start = startSample(index);
		int length = endSample(index) - start;
		this.speech.render(start, this.samples, length);
		this.encoding.encode(this.samples, length, this.bytes);
		return length * this.encoding.bytesPerSample();
	}

	byte[] bytes() {
		return this.bytes;
	}

}
