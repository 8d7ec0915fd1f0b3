package io.github.cartesia4j.test.simulator;

import org.jspecify.annotations.Nullable;

/**
 * Raw sample encodings of the API ({@code output_format.encoding}), with their WAV format
 * tags, and how to encode float samples into each.
 *
 * @author cartesia4j
 */
enum PcmEncoding {

	PCM_S16LE("pcm_s16le", 2, 1) {
		@Override
		void encode(float[] samples, int count, byte[] destination) {
			for (int i = 0, j = 0; i < count; i++, j += 2) {
				short value = toShort(samples[i]);
				destination[j] = (byte) value;
				destination[j + 1] = (byte) (value >> 8);
			}
		}
	},

	PCM_F32LE("pcm_f32le", 4, 3) {
		@Override
		void encode(float[] samples, int count, byte[] destination) {
			for (int i = 0, j = 0; i < count; i++, j += 4) {
				int bits = Float.floatToRawIntBits(samples[i]);
				destination[j] = (byte) bits;
				destination[j + 1] = (byte) (bits >> 8);
				destination[j + 2] = (byte) (bits >> 16);
				destination[j + 3] = (byte) (bits >> 24);
			}
		}
	},

	PCM_MULAW("pcm_mulaw", 1, 7) {
		@Override
		void encode(float[] samples, int count, byte[] destination) {
			for (int i = 0; i < count; i++) {
				destination[i] = G711.mulaw(toShort(samples[i]));
			}
		}
	},

	PCM_ALAW("pcm_alaw", 1, 6) {
		@Override
		void encode(float[] samples, int count, byte[] destination) {
			for (int i = 0; i < count; i++) {
				destination[i] = G711.alaw(toShort(samples[i]));
			}
		}
	};

	private final String value;

	private final int bytesPerSample;

	private final int wavFormatTag;

	PcmEncoding(String value, int bytesPerSample, int wavFormatTag) {
		this.value = value;
		this.bytesPerSample = bytesPerSample;
		this.wavFormatTag = wavFormatTag;
	}

	String value() {
		return this.value;
	}

	int bytesPerSample() {
		return this.bytesPerSample;
	}

	int wavFormatTag() {
		return this.wavFormatTag;
	}

	/**
	 * Encode samples.
	 * @param samples the samples, between -1 and 1
	 * @param count the number of samples to encode
	 * @param destination where to write, from index 0; holds at least
	 * {@code count * bytesPerSample()} bytes
	 */
	abstract void encode(float[] samples, int count, byte[] destination);

	static @Nullable PcmEncoding of(String value) {
		for (PcmEncoding encoding : values()) {
			if (encoding.value.equals(value)) {
				return encoding;
			}
		}
		return null;
	}

	static short toShort(float sample) {
		float clamped = Math.max(-1f, Math.min(1f, sample));
		return (short) Math.round(clamped * Short.MAX_VALUE);
	}

}
