package io.github.cartesia4j.benchmarks;

import java.nio.charset.StandardCharsets;

import io.netty.buffer.ByteBuf;

/**
 * Finds the fields of compact JSON objects (no whitespace, as the API writes them) in a buffer
 * without parsing or copying them, for the raw WebSocket client. A key is searched as
 * {@code "name":}, which cannot match inside a string value, where quotes are escaped.
 *
 * @author cartesia4j
 */
final class JsonScan {

	private JsonScan() {
	}

	/**
	 * Return the bytes to search for a key.
	 * @param name the field name
	 * @return {@code "name":} in ASCII
	 */
	static byte[] key(String name) {
		return ("\"" + name + "\":").getBytes(StandardCharsets.US_ASCII);
	}

	/**
	 * Return where the value of a field starts.
	 * @param json the object, between its reader and writer index
	 * @param key the key, from {@link #key(String)}
	 * @param from the index to search from
	 * @return the index of the first byte of the value, or {@code -1} without the field
	 */
	static int valueAt(ByteBuf json, byte[] key, int from) {
		int last = json.writerIndex() - key.length;
		for (int at = Math.max(from, json.readerIndex()); at <= last; at++) {
			at = json.indexOf(at, last + 1, key[0]);
			if (at < 0) {
				return -1;
			}
			if (matches(json, at, key)) {
				return at + key.length;
			}
		}
		return -1;
	}

	/**
	 * Return where a string value ends.
	 * @param json the object
	 * @param quote the index of the value's opening quote
	 * @return the index of its closing quote, or {@code -1} if it is not a complete string
	 */
	static int stringEnd(ByteBuf json, int quote) {
		if (quote < 0 || quote >= json.writerIndex() || json.getByte(quote) != '"') {
			return -1;
		}
		int at = quote + 1;
		while (true) {
			int end = json.indexOf(at, json.writerIndex(), (byte) '"');
			if (end < 0) {
				return -1;
			}
			int backslashes = 0;
			while (json.getByte(end - 1 - backslashes) == '\\') {
				backslashes++;
			}
			if (backslashes % 2 == 0) {
				return end;
			}
			at = end + 1;
		}
	}

	/**
	 * Return whether a field is {@code true}.
	 * @param json the object
	 * @param key the key
	 * @return {@code true} if the field is present and true
	 */
	static boolean isTrue(ByteBuf json, byte[] key) {
		int value = valueAt(json, key, json.readerIndex());
		return value >= 0 && value < json.writerIndex() && json.getByte(value) == 't';
	}

	private static boolean matches(ByteBuf json, int at, byte[] key) {
		for (int i = 1; i < key.length; i++) {
			if (json.getByte(at + i) != key[i]) {
				return false;
			}
		}
		return true;
	}

}
