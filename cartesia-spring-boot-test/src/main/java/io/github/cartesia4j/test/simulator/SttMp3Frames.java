package io.github.cartesia4j.test.simulator;

import org.jspecify.annotations.Nullable;

/**
 * Times MPEG audio layer III by walking its frame headers (after an optional ID3v2 tag). The
 * frames are not decoded: the simulator reads MP3 as silence of the right duration, which is
 * exactly what its own MP3 output is.
 *
 * @author cartesia4j
 */
final class SttMp3Frames {

	private static final int[] MPEG1_KBPS = { 0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 0 };

	private static final int[] MPEG2_KBPS = { 0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160, 0 };

	private static final int[] MPEG1_RATES = { 44100, 48000, 32000, 0 };

	private static final int MIN_FRAMES = 2;

	private SttMp3Frames() {
	}

	/**
	 * Time the frames.
	 * @param data the file
	 * @return silence as long as the frames, or {@code null} unless the data starts (after an
	 * ID3v2 tag) with {@value #MIN_FRAMES} consecutive frames or is a single whole frame
	 */
	static @Nullable SttAudio time(byte[] data) {
		int position = id3Length(data);
		int frames = 0;
		long samples = 0;
		int sampleRate = 0;
		while (position + 4 <= data.length && isFrameSync(data, position)) {
			int version = (data[position + 1] >> 3) & 0x03;
			int layer = (data[position + 1] >> 1) & 0x03;
			int bitRateIndex = (data[position + 2] >> 4) & 0x0F;
			int rateIndex = (data[position + 2] >> 2) & 0x03;
			int padding = (data[position + 2] >> 1) & 0x01;
			if (version == 1 || layer != 1 || MPEG1_RATES[rateIndex] == 0) {
				break;
			}
			boolean mpeg1 = version == 3;
			int rate = MPEG1_RATES[rateIndex] >> (mpeg1 ? 0 : (version == 2) ? 1 : 2);
			int kbps = (mpeg1 ? MPEG1_KBPS : MPEG2_KBPS)[bitRateIndex];
			if (kbps == 0) {
				break;
			}
			int length = (mpeg1 ? 144 : 72) * kbps * 1000 / rate + padding;
			samples += mpeg1 ? 1152 : 576;
			sampleRate = rate;
			position += length;
			frames++;
		}
		boolean whole = frames >= MIN_FRAMES || (frames == 1 && position == data.length);
		return whole ? SttAudio.silence(sampleRate, (double) samples / sampleRate) : null;
	}

	private static boolean isFrameSync(byte[] data, int at) {
		return data.length >= at + 2 && (data[at] & 0xFF) == 0xFF && (data[at + 1] & 0xE0) == 0xE0;
	}

	private static int id3Length(byte[] data) {
		if (data.length < 10 || data[0] != 'I' || data[1] != 'D' || data[2] != '3') {
			return 0;
		}
		int size = ((data[6] & 0x7F) << 21) | ((data[7] & 0x7F) << 14) | ((data[8] & 0x7F) << 7) | (data[9] & 0x7F);
		return 10 + size + (((data[5] & 0x10) != 0) ? 10 : 0);
	}

}
