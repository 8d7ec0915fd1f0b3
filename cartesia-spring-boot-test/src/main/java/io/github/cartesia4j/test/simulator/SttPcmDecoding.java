package io.github.cartesia4j.test.simulator;

import org.jspecify.annotations.Nullable;

/**
 * Sample encodings the speech-to-text simulator reads, from headerless PCM ({@code encoding}
 * query parameter) or WAV, decoded into floats between -1 and 1.
 *
 * @author cartesia4j
 */
enum SttPcmDecoding {

	PCM_U8("pcm_u8", 1) {
		@Override
		float decode(byte[] data, int offset) {
			return ((data[offset] & 0xFF) - 128) / 128f;
		}
	},

	PCM_S16LE("pcm_s16le", 2) {
		@Override
		float decode(byte[] data, int offset) {
			return (short) ((data[offset] & 0xFF) | (data[offset + 1] << 8)) / 32768f;
		}
	},

	PCM_S24LE("pcm_s24le", 3) {
		@Override
		float decode(byte[] data, int offset) {
			int value = (data[offset] & 0xFF) | ((data[offset + 1] & 0xFF) << 8) | (data[offset + 2] << 16);
			return value / 8388608f;
		}
	},

	PCM_S32LE("pcm_s32le", 4) {
		@Override
		float decode(byte[] data, int offset) {
			return (float) (int32(data, offset) / 2147483648.0);
		}
	},

	PCM_F16LE("pcm_f16le", 2) {
		@Override
		float decode(byte[] data, int offset) {
			return finite(halfToFloat((data[offset] & 0xFF) | ((data[offset + 1] & 0xFF) << 8)));
		}
	},

	PCM_F32LE("pcm_f32le", 4) {
		@Override
		float decode(byte[] data, int offset) {
			return finite(Float.intBitsToFloat(int32(data, offset)));
		}
	},

	PCM_F64LE("pcm_f64le", 8) {
		@Override
		float decode(byte[] data, int offset) {
			long bits = (int32(data, offset) & 0xFFFFFFFFL) | ((long) int32(data, offset + 4) << 32);
			return finite((float) Double.longBitsToDouble(bits));
		}
	},

	PCM_MULAW("pcm_mulaw", 1) {
		@Override
		float decode(byte[] data, int offset) {
			int value = ~data[offset] & 0xFF;
			int magnitude = ((((value & 0x0F) << 3) + 0x84) << ((value >> 4) & 0x07)) - 0x84;
			return (((value & 0x80) != 0) ? -magnitude : magnitude) / 32768f;
		}
	},

	PCM_ALAW("pcm_alaw", 1) {
		@Override
		float decode(byte[] data, int offset) {
			int value = (data[offset] ^ 0x55) & 0xFF;
			int exponent = (value >> 4) & 0x07;
			int mantissa = value & 0x0F;
			int magnitude = (exponent == 0) ? (mantissa << 4) + 8 : ((mantissa << 4) + 0x108) << (exponent - 1);
			return (((value & 0x80) != 0) ? magnitude : -magnitude) / 32768f;
		}
	};

	/**
	 * Encodings the API accepts in the {@code encoding} query parameter of {@code POST /stt}.
	 */
	static final String QUERY_VALUES = "pcm_s16le, pcm_s32le, pcm_f16le, pcm_f32le, pcm_mulaw, pcm_alaw";

	private final String value;

	private final int bytesPerSample;

	SttPcmDecoding(String value, int bytesPerSample) {
		this.value = value;
		this.bytesPerSample = bytesPerSample;
	}

	String value() {
		return this.value;
	}

	int bytesPerSample() {
		return this.bytesPerSample;
	}

	abstract float decode(byte[] data, int offset);

	/**
	 * Decode interleaved frames, mixing the channels down to mono.
	 * @param data the bytes
	 * @param offset where the first frame starts
	 * @param length the number of bytes; a trailing partial frame is ignored
	 * @param channels the number of interleaved channels
	 * @return the mono samples
	 */
	float[] decode(byte[] data, int offset, int length, int channels) {
		int frameBytes = this.bytesPerSample * channels;
		float[] samples = new float[length / frameBytes];
		for (int i = 0, at = offset; i < samples.length; i++) {
			float sum = 0;
			for (int channel = 0; channel < channels; channel++, at += this.bytesPerSample) {
				sum += decode(data, at);
			}
			samples[i] = sum / channels;
		}
		return samples;
	}

	/**
	 * Return the encoding named by the {@code encoding} query parameter.
	 * @param value the parameter value
	 * @return the encoding, or {@code null} if the API does not accept it
	 */
	static @Nullable SttPcmDecoding ofQuery(String value) {
		return switch (value) {
			case "pcm_s16le" -> PCM_S16LE;
			case "pcm_s32le" -> PCM_S32LE;
			case "pcm_f16le" -> PCM_F16LE;
			case "pcm_f32le" -> PCM_F32LE;
			case "pcm_mulaw" -> PCM_MULAW;
			case "pcm_alaw" -> PCM_ALAW;
			default -> null;
		};
	}

	private static int int32(byte[] data, int offset) {
		return (data[offset] & 0xFF) | ((data[offset + 1] & 0xFF) << 8) | ((data[offset + 2] & 0xFF) << 16)
				| (data[offset + 3] << 24);
	}

	private static float halfToFloat(int bits) {
		int exponent = (bits >>> 10) & 0x1F;
		int mantissa = bits & 0x3FF;
		float magnitude;
		if (exponent == 0) {
			magnitude = mantissa * 0x1p-24f;
		}
		else if (exponent == 0x1F) {
			magnitude = (mantissa == 0) ? Float.POSITIVE_INFINITY : Float.NaN;
		}
		else {
			magnitude = (1 + mantissa / 1024f) * (float) Math.scalb(1.0, exponent - 15);
		}
		return ((bits & 0x8000) != 0) ? -magnitude : magnitude;
	}

	private static float finite(float value) {
		return Float.isFinite(value) ? value : 0f;
	}

}
