package io.github.cartesia4j.test.simulator;

import java.nio.charset.StandardCharsets;

import io.netty.buffer.ByteBuf;

/**
 * Writes standard, padded base64 straight into a {@link ByteBuf}, so that SSE frames need
 * no intermediate arrays.
 *
 * @author cartesia4j
 */
final class Base64Writer {

	private static final byte[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
		.getBytes(StandardCharsets.US_ASCII);

	private Base64Writer() {
	}

	static int encodedLength(int length) {
		return (length + 2) / 3 * 4;
	}

	static void write(byte[] source, int length, ByteBuf destination) {
		destination.ensureWritable(encodedLength(length));
		int whole = length - length % 3;
		for (int i = 0; i < whole; i += 3) {
			int bits = (source[i] & 0xFF) << 16 | (source[i + 1] & 0xFF) << 8 | (source[i + 2] & 0xFF);
			destination.writeInt(ALPHABET[bits >>> 18] << 24 | ALPHABET[(bits >>> 12) & 0x3F] << 16
					| ALPHABET[(bits >>> 6) & 0x3F] << 8 | ALPHABET[bits & 0x3F]);
		}
		int remaining = length - whole;
		if (remaining == 1) {
			int bits = (source[whole] & 0xFF) << 16;
			destination.writeByte(ALPHABET[bits >>> 18]);
			destination.writeByte(ALPHABET[(bits >>> 12) & 0x3F]);
			destination.writeByte('=');
			destination.writeByte('=');
		}
		else if (remaining == 2) {
			int bits = (source[whole] & 0xFF) << 16 | (source[whole + 1] & 0xFF) << 8;
			destination.writeByte(ALPHABET[bits >>> 18]);
			destination.writeByte(ALPHABET[(bits >>> 12) & 0x3F]);
			destination.writeByte(ALPHABET[(bits >>> 6) & 0x3F]);
			destination.writeByte('=');
		}
	}

}
