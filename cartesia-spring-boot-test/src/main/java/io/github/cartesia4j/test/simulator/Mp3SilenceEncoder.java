package io.github.cartesia4j.test.simulator;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.netty.buffer.ByteBuf;

/**
 * Writes silent MPEG audio layer III frames (mono, no CRC): a valid frame header followed
 * by zeroed side information and main data, which decoders play as silence. MPEG-1 is used
 * for 32000, 44100 and 48000 Hz, MPEG-2 for 16000, 22050 and 24000 Hz, and MPEG-2.5 for
 * 8000, 11025 and 12000 Hz. MPEG-2 and 2.5 top out at 160 kbit/s, so higher bit rates are
 * lowered to that. Padding slots keep the average bit rate exact at 22050 and 44100 Hz.
 *
 * @author cartesia4j
 */
final class Mp3SilenceEncoder {

	private static final int[] MPEG1_BIT_RATES = { 0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256,
			320 };

	private static final int[] MPEG2_BIT_RATES = { 0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160 };

	private static final Map<Long, Mp3SilenceEncoder> CACHE = new ConcurrentHashMap<>();

	private final int sampleRate;

	private final int bitRate;

	private final int samplesPerFrame;

	private final long bytesPerFrameTimesSampleRate;

	private final byte[] frame;

	private final byte[] paddedFrame;

	private Mp3SilenceEncoder(int sampleRate, int requestedBitRate) {
		Version version = Version.of(sampleRate);
		int[] bitRates = (version == Version.MPEG1) ? MPEG1_BIT_RATES : MPEG2_BIT_RATES;
		int index = bitRateIndex(bitRates, requestedBitRate / 1000);
		this.sampleRate = sampleRate;
		this.bitRate = bitRates[index] * 1000;
		this.samplesPerFrame = (version == Version.MPEG1) ? 1152 : 576;
		this.bytesPerFrameTimesSampleRate = (long) this.samplesPerFrame / 8 * this.bitRate;
		int length = (int) (this.bytesPerFrameTimesSampleRate / sampleRate);
		this.frame = frame(version, index, sampleRate, length, false);
		this.paddedFrame = frame(version, index, sampleRate, length + 1, true);
	}

	/**
	 * Return the encoder for a sample rate and a requested bit rate.
	 * @param sampleRate the sample rate in Hz
	 * @param bitRate the requested bit rate in bits per second
	 * @return the shared encoder
	 */
	static Mp3SilenceEncoder of(int sampleRate, int bitRate) {
		return CACHE.computeIfAbsent(((long) sampleRate << 32) | bitRate,
				(key) -> new Mp3SilenceEncoder(sampleRate, bitRate));
	}

	int sampleRate() {
		return this.sampleRate;
	}

	int bitRate() {
		return this.bitRate;
	}

	int samplesPerFrame() {
		return this.samplesPerFrame;
	}

	int frameCount(long sampleCount) {
		return Math.toIntExact((sampleCount + this.samplesPerFrame - 1) / this.samplesPerFrame);
	}

	int frameLength(long frameIndex) {
		return (int) (offset(frameIndex + 1) - offset(frameIndex));
	}

	/**
	 * Return the byte length of a run of frames.
	 * @param firstFrame the index of the first frame
	 * @param count the number of frames
	 * @return the length in bytes
	 */
	int length(long firstFrame, int count) {
		return (int) (offset(firstFrame + count) - offset(firstFrame));
	}

	void write(ByteBuf destination, long firstFrame, int count) {
		for (long index = firstFrame; index < firstFrame + count; index++) {
			destination.writeBytes((frameLength(index) == this.frame.length) ? this.frame : this.paddedFrame);
		}
	}

	private long offset(long frameIndex) {
		return frameIndex * this.bytesPerFrameTimesSampleRate / this.sampleRate;
	}

	private static int bitRateIndex(int[] bitRates, int kilobits) {
		int index = 1;
		for (int i = 1; i < bitRates.length; i++) {
			if (bitRates[i] <= kilobits) {
				index = i;
			}
		}
		return index;
	}

	private static byte[] frame(Version version, int bitRateIndex, int sampleRate, int length, boolean padded) {
		byte[] frame = new byte[length];
		frame[0] = (byte) 0xFF;
		frame[1] = (byte) (0xE0 | (version.bits << 3) | (0b01 << 1) | 1);
		frame[2] = (byte) ((bitRateIndex << 4) | (version.sampleRateIndex(sampleRate) << 2) | (padded ? 0b10 : 0));
		frame[3] = (byte) 0xC0;
		return frame;
	}

	private enum Version {

		MPEG1(0b11, 44100, 48000, 32000),

		MPEG2(0b10, 22050, 24000, 16000),

		MPEG25(0b00, 11025, 12000, 8000);

		private final int bits;

		private final int[] sampleRates;

		Version(int bits, int... sampleRates) {
			this.bits = bits;
			this.sampleRates = sampleRates;
		}

		int sampleRateIndex(int sampleRate) {
			for (int i = 0; i < this.sampleRates.length; i++) {
				if (this.sampleRates[i] == sampleRate) {
					return i;
				}
			}
			throw new IllegalArgumentException("Unsupported MP3 sample rate " + sampleRate);
		}

		static Version of(int sampleRate) {
			for (Version version : values()) {
				for (int candidate : version.sampleRates) {
					if (candidate == sampleRate) {
						return version;
					}
				}
			}
			throw new IllegalArgumentException("Unsupported MP3 sample rate " + sampleRate);
		}

	}

}
