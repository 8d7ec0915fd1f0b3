package io.github.cartesia4j.client.core;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding of path segments and query names and values: every byte outside the RFC
 * 3986 unreserved set is encoded, so ids and search terms can never change the URL's shape.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public final class UriEncoding {

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

	private UriEncoding() {
	}

	/**
	 * Encode a value strictly.
	 * @param value the value
	 * @return the encoded value
	 */
	public static String encode(String value) {
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		StringBuilder encoded = new StringBuilder(bytes.length + 8);
		for (byte b : bytes) {
			int c = b & 0xFF;
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
					|| c == '_' || c == '~') {
				encoded.append((char) c);
			}
			else {
				encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
			}
		}
		return encoded.toString();
	}

}
