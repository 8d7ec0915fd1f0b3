package io.github.cartesia4j.test.simulator;

import java.nio.ByteBuffer;
import java.util.Base64;

import io.netty.buffer.ByteBuf;

/**
 * Writes standard, padded base64 into a {@link ByteBuf} with one write per chunk, which
 * keeps Netty's leak detection (that records every buffer access) from slowing it down.
 *
 * @author cartesia4j
 */
final class Base64Writer {

	private static final Base64.Encoder ENCODER = Base64.getEncoder();

	private Base64Writer() {
	}

	static int encodedLength(int length) {
		return (length + 2) / 3 * 4;
	}

	static void write(byte[] source, int length, ByteBuf destination) {
		destination.writeBytes(ENCODER.encode(ByteBuffer.wrap(source, 0, length)));
	}

}
