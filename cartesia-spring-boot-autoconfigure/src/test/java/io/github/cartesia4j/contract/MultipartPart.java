package io.github.cartesia4j.contract;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * One part of a {@code multipart/form-data} body.
 *
 * @param name the form field name
 * @param filename the file name, for file parts
 * @param contentType the part's content type, if it has one
 * @param content the part's bytes
 * @author cartesia4j
 */
record MultipartPart(String name, @Nullable String filename, @Nullable String contentType, byte[] content) {

	private static final byte[] HEADERS_END = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

	/**
	 * Whether this part is a file (it has a file name).
	 * @return {@code true} for a file part
	 */
	boolean isFile() {
		return this.filename != null;
	}

	/**
	 * Return the content as UTF-8 text.
	 * @return the text
	 */
	String text() {
		return new String(this.content, StandardCharsets.UTF_8);
	}

	/**
	 * Split a multipart body into its parts.
	 * @param contentType the request's {@code Content-Type}, with the boundary
	 * @param body the body
	 * @return the parts, in order
	 * @throws IllegalArgumentException if the body is not well-formed multipart
	 */
	static List<MultipartPart> parse(String contentType, byte[] body) {
		String boundary = MediaType.parseMediaType(contentType).getParameter("boundary");
		if (boundary == null || boundary.isBlank()) {
			throw new IllegalArgumentException("No boundary in " + contentType);
		}
		boundary = boundary.replace("\"", "");
		byte[] first = ("--" + boundary).getBytes(StandardCharsets.US_ASCII);
		byte[] delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
		int at = indexOf(body, first, 0);
		if (at < 0) {
			throw new IllegalArgumentException("The body does not start with its boundary " + boundary);
		}
		at += first.length;
		List<MultipartPart> parts = new ArrayList<>();
		while (!startsWith(body, at, "--")) {
			if (!startsWith(body, at, "\r\n")) {
				throw new IllegalArgumentException("A boundary is not followed by CRLF at byte " + at);
			}
			int headersEnd = indexOf(body, HEADERS_END, at + 2);
			if (headersEnd < 0) {
				throw new IllegalArgumentException("A part has no end of headers after byte " + at);
			}
			String headers = new String(body, at + 2, headersEnd - at - 2, StandardCharsets.UTF_8);
			int contentStart = headersEnd + HEADERS_END.length;
			int next = indexOf(body, delimiter, contentStart);
			if (next < 0) {
				throw new IllegalArgumentException("A part is not closed by the boundary " + boundary);
			}
			parts.add(part(headers, Arrays.copyOfRange(body, contentStart, next)));
			at = next + delimiter.length;
		}
		return parts;
	}

	private static MultipartPart part(String headers, byte[] content) {
		String disposition = null;
		String contentType = null;
		for (String line : headers.split("\r\n")) {
			int colon = line.indexOf(':');
			String name = (colon < 0) ? line : line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
			String value = (colon < 0) ? "" : line.substring(colon + 1).trim();
			if (name.equals(HttpHeaders.CONTENT_DISPOSITION.toLowerCase(Locale.ROOT))) {
				disposition = value;
			}
			else if (name.equals(HttpHeaders.CONTENT_TYPE.toLowerCase(Locale.ROOT))) {
				contentType = value;
			}
		}
		if (disposition == null) {
			throw new IllegalArgumentException("A part has no Content-Disposition: " + headers);
		}
		ContentDisposition parsed = ContentDisposition.parse(disposition);
		if (!parsed.isFormData() || parsed.getName() == null) {
			throw new IllegalArgumentException("A part is not named form-data: " + disposition);
		}
		return new MultipartPart(parsed.getName(), parsed.getFilename(), contentType, content);
	}

	private static boolean startsWith(byte[] body, int at, String text) {
		byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
		return at + bytes.length <= body.length
				&& Arrays.equals(body, at, at + bytes.length, bytes, 0, bytes.length);
	}

	private static int indexOf(byte[] body, byte[] target, int from) {
		for (int i = from; i <= body.length - target.length; i++) {
			if (Arrays.equals(body, i, i + target.length, target, 0, target.length)) {
				return i;
			}
		}
		return -1;
	}

	@Override
	public String toString() {
		return this.name + ((this.filename != null) ? " (file " + this.filename + ")" : "=" + text());
	}

}
