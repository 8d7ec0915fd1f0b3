package io.github.cartesia4j.test.simulator;

/**
 * ITU-T G.711 mu-law and A-law compression of 16-bit samples (the reference algorithms on
 * 14-bit and 13-bit magnitudes), through tables computed once.
 *
 * @author cartesia4j
 */
final class G711 {

	private static final int MULAW_BIAS = 0x84 >> 2;

	private static final int MULAW_CLIP = 8159;

	private static final byte[] MULAW = new byte[65536];

	private static final byte[] ALAW = new byte[65536];

	static {
		for (int sample = Short.MIN_VALUE; sample <= Short.MAX_VALUE; sample++) {
			MULAW[sample & 0xFFFF] = computeMulaw(sample);
			ALAW[sample & 0xFFFF] = computeAlaw(sample);
		}
	}

	private G711() {
	}

	static byte mulaw(short sample) {
		return MULAW[sample & 0xFFFF];
	}

	static byte alaw(short sample) {
		return ALAW[sample & 0xFFFF];
	}

	private static byte computeMulaw(int sample) {
		int value = sample >> 2;
		int mask;
		if (value >= 0) {
			mask = 0xFF;
		}
		else {
			mask = 0x7F;
			value = -value;
		}
		value = Math.min(value, MULAW_CLIP) + MULAW_BIAS;
		int segment = 0;
		while (segment < 8 && value > (0x40 << segment) - 1) {
			segment++;
		}
		if (segment >= 8) {
			return (byte) (0x7F ^ mask);
		}
		int quantized = (segment << 4) | ((value >> (segment + 1)) & 0x0F);
		return (byte) (quantized ^ mask);
	}

	private static byte computeAlaw(int sample) {
		int value = sample >> 3;
		int mask;
		if (value >= 0) {
			mask = 0xD5;
		}
		else {
			mask = 0x55;
			value = -value - 1;
		}
		int segment = 0;
		while (segment < 8 && value > (0x20 << segment) - 1) {
			segment++;
		}
		if (segment >= 8) {
			return (byte) (0x7F ^ mask);
		}
		int quantized = (segment << 4) | ((value >> ((segment < 2) ? 1 : segment)) & 0x0F);
		return (byte) (quantized ^ mask);
	}

}
