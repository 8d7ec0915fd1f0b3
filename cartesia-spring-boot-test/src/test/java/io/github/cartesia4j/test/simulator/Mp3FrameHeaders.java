package io.github.cartesia4j.test.simulator;

/**
 * Reads the length of an MPEG audio layer III frame from its header, independently of the
 * simulator's encoder.
 */
final class Mp3FrameHeaders {

	private static final int[] MPEG1 = { 0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320 };

	private static final int[] MPEG2 = { 0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160 };

	private static final int[][] SAMPLE_RATES = { { 11025, 12000, 8000 }, {}, { 22050, 24000, 16000 },
			{ 44100, 48000, 32000 } };

	private Mp3FrameHeaders() {
	}

	static int length(int header) {
		int version = (header >>> 19) & 0b11;
		int bitRate = ((version == 3) ? MPEG1 : MPEG2)[(header >>> 12) & 0xF] * 1000;
		int sampleRate = SAMPLE_RATES[version][(header >>> 10) & 0b11];
		int padding = (header >>> 9) & 1;
		int coefficient = (version == 3) ? 144 : 72;
		return coefficient * bitRate / sampleRate + padding;
	}

}
