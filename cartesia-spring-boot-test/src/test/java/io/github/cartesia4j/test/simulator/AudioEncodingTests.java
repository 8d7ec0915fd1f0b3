package io.github.cartesia4j.test.simulator;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AudioEncodingTests {

	@Test
	void g711MatchesReferenceValues() {
		assertThat(G711.mulaw((short) 0)).isEqualTo((byte) 0xFF);
		assertThat(G711.mulaw(Short.MAX_VALUE)).isEqualTo((byte) 0x80);
		assertThat(G711.mulaw(Short.MIN_VALUE)).isEqualTo((byte) 0x00);
		assertThat(G711.alaw((short) 0)).isEqualTo((byte) 0xD5);
		assertThat(G711.alaw(Short.MAX_VALUE)).isEqualTo((byte) 0xAA);
		assertThat(G711.alaw(Short.MIN_VALUE)).isEqualTo((byte) 0x2A);
	}

	/**
	 * The digests are those of Python's {@code audioop.lin2ulaw} and {@code lin2alaw} (the
	 * CCITT reference code) over every 16-bit sample from -32768 to 32767.
	 */
	@Test
	void g711MatchesTheReferenceImplementationForEverySample() throws Exception {
		byte[] mulaw = new byte[65536];
		byte[] alaw = new byte[65536];
		for (int sample = Short.MIN_VALUE; sample <= Short.MAX_VALUE; sample++) {
			mulaw[sample - Short.MIN_VALUE] = G711.mulaw((short) sample);
			alaw[sample - Short.MIN_VALUE] = G711.alaw((short) sample);
		}
		assertThat(sha256(mulaw)).isEqualTo("81d633c9e6972a18c74a58720b96cb8ca0bdd096d4060b646dd708c3b846019a");
		assertThat(sha256(alaw)).isEqualTo("38488f6fd710f4686360edc4d38639f96c491595ef93f8eb8d62d5e07ca6ce7b");
	}

	@Test
	void g711RoundTripsWithinQuantizationError() {
		for (int sample = -32000; sample <= 32000; sample += 37) {
			double tolerance = Math.max(16, Math.abs(sample) / 16.0);
			assertThat((double) decodeMulaw(G711.mulaw((short) sample))).isCloseTo(sample,
					within(tolerance));
			assertThat((double) decodeAlaw(G711.alaw((short) sample))).isCloseTo(sample,
					within(tolerance));
		}
	}

	@Test
	void pcmEncodingsAreLittleEndian() {
		float[] samples = { 0.5f, -1f };
		byte[] s16 = new byte[4];
		PcmEncoding.PCM_S16LE.encode(samples, 2, s16);
		ByteBuffer s16Buffer = ByteBuffer.wrap(s16).order(ByteOrder.LITTLE_ENDIAN);
		assertThat(s16Buffer.getShort(0)).isEqualTo((short) 16384);
		assertThat(s16Buffer.getShort(2)).isEqualTo((short) -32767);
		byte[] f32 = new byte[8];
		PcmEncoding.PCM_F32LE.encode(samples, 2, f32);
		ByteBuffer f32Buffer = ByteBuffer.wrap(f32).order(ByteOrder.LITTLE_ENDIAN);
		assertThat(f32Buffer.getFloat(0)).isEqualTo(0.5f);
		assertThat(f32Buffer.getFloat(4)).isEqualTo(-1f);
	}

	@Test
	void base64WriterMatchesTheJdk() {
		Random random = new Random(42);
		for (int length = 0; length < 64; length++) {
			byte[] source = new byte[length + 5];
			random.nextBytes(source);
			ByteBuf buffer = Unpooled.buffer();
			Base64Writer.write(source, length, buffer);
			byte[] expected = Base64.getEncoder().encode(Arrays.copyOf(source, length));
			assertThat(buffer.toString(StandardCharsets.US_ASCII))
				.isEqualTo(new String(expected, StandardCharsets.US_ASCII));
			assertThat(Base64Writer.encodedLength(length)).isEqualTo(expected.length);
		}
	}

	@Test
	void mp3FramesKeepTheAverageBitRate() {
		Mp3SilenceEncoder encoder = Mp3SilenceEncoder.of(44100, 128000);
		assertThat(encoder.frameLength(0)).isEqualTo(417);
		long total = encoder.length(0, 1000);
		assertThat(total * 8 * 44100 / (1000 * 1152)).isBetween(127_990L, 128_000L);
		assertThat(Mp3SilenceEncoder.of(24000, 192000).bitRate()).isEqualTo(160000);
		ByteBuf frames = Unpooled.buffer();
		encoder.write(frames, 0, 3);
		assertThat(frames.readableBytes()).isEqualTo(encoder.length(0, 3));
		assertThat(frames.getUnsignedShort(0)).isEqualTo(0xFFFB);
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

	private static int decodeMulaw(byte value) {
		int inverted = ~value & 0xFF;
		int magnitude = (((inverted & 0x0F) << 3) + 0x84) << ((inverted & 0x70) >> 4);
		return ((inverted & 0x80) != 0) ? 0x84 - magnitude : magnitude - 0x84;
	}

	private static int decodeAlaw(byte value) {
		int toggled = (value ^ 0x55) & 0xFF;
		int segment = (toggled & 0x70) >> 4;
		int magnitude = (toggled & 0x0F) << 4;
		magnitude = switch (segment) {
			case 0 -> magnitude + 8;
			case 1 -> magnitude + 0x108;
			default -> (magnitude + 0x108) << (segment - 1);
		};
		return ((toggled & 0x80) != 0) ? magnitude : -magnitude;
	}

}
