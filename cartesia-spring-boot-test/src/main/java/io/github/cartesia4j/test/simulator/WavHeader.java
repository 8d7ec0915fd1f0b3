package io.github.cartesia4j.test.simulator;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The canonical 44-byte RIFF/WAVE header of a mono stream: a 16-byte {@code fmt } chunk
 * (format tag 1 PCM, 3 IEEE float, 6 A-law or 7 mu-law) then the {@code data} chunk header
 * with its exact size, known up front because the speech duration is.
 *
 * @author cartesia4j
 */
final class WavHeader {

	static final int LENGTH = 44;

	private WavHeader() {
	}

	static byte[] create(PcmEncoding encoding, int sampleRate, long sampleCount) {
		int blockAlign = encoding.bytesPerSample();
		long dataSize = sampleCount * blockAlign;
		if (dataSize > 0xFFFFFFFFL - 36) {
			throw new IllegalArgumentException("Audio too long for a WAV file");
		}
		ByteBuffer header = ByteBuffer.allocate(LENGTH).order(ByteOrder.LITTLE_ENDIAN);
		header.put("RIFF".getBytes(StandardCharsets.US_ASCII));
		header.putInt((int) (36 + dataSize));
		header.put("WAVE".getBytes(StandardCharsets.US_ASCII));
		header.put("fmt ".getBytes(StandardCharsets.US_ASCII));
		header.putInt(16);
		header.putShort((short) encoding.wavFormatTag());
		header.putShort((short) 1);
		header.putInt(sampleRate);
		header.putInt(sampleRate * blockAlign);
		header.putShort((short) blockAlign);
		header.putShort((short) (blockAlign * 8));
		header.put("data".getBytes(StandardCharsets.US_ASCII));
		header.putInt((int) dataSize);
		return header.array();
	}

}
