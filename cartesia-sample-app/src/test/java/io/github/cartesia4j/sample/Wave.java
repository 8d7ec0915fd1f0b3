package io.github.cartesia4j.sample;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks that bytes form the mono 16-bit 44.1 kHz PCM WAV file the sample asks Cartesia for.
 */
final class Wave {

	private static final int HEADER_LENGTH = 44;

	private Wave() {
	}

	static void assertValid(byte[] wav) {
		assertThat(wav.length).as("length").isGreaterThan(HEADER_LENGTH);
		ByteBuffer header = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
		assertThat(ascii(wav, 0)).isEqualTo("RIFF");
		assertThat(header.getInt(4)).as("RIFF size").isEqualTo(wav.length - 8);
		assertThat(ascii(wav, 8)).isEqualTo("WAVE");
		assertThat(ascii(wav, 12)).isEqualTo("fmt ");
		assertThat(header.getShort(20)).as("PCM format").isEqualTo((short) 1);
		assertThat(header.getShort(22)).as("channels").isEqualTo((short) 1);
		assertThat(header.getInt(24)).as("sample rate").isEqualTo(44100);
		assertThat(header.getShort(34)).as("bits per sample").isEqualTo((short) 16);
		assertThat(ascii(wav, 36)).isEqualTo("data");
		assertThat(header.getInt(40)).as("data size").isEqualTo(wav.length - HEADER_LENGTH);
	}

	private static String ascii(byte[] bytes, int offset) {
		return new String(bytes, offset, 4, StandardCharsets.US_ASCII);
	}

}
