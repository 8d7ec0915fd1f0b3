package io.github.cartesia4j.faults;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import io.github.cartesia4j.test.simulator.RecordedRequest;

/**
 * Reads the parts of a recorded {@code multipart/form-data} request, to compare two bodies
 * whose boundaries differ.
 *
 * @author cartesia4j
 */
final class MultipartParts {

	private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");

	private static final Pattern NAME = Pattern.compile("[; ]name=\"([^\"]*)\"");

	private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"");

	private static final byte[] HEADERS_END = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

	private MultipartParts() {
	}

	/**
	 * Return the boundary named by the request's {@code Content-Type}.
	 * @param request the request
	 * @return the boundary
	 */
	static String boundary(RecordedRequest request) {
		String contentType = String.valueOf(request.header("Content-Type"));
		Matcher matcher = BOUNDARY.matcher(contentType);
		if (!contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data") || !matcher.find()) {
			throw new AssertionError("Not a multipart/form-data request: " + contentType);
		}
		return matcher.group(1);
	}

	/**
	 * Parse the parts of a request body, in order.
	 * @param request the request
	 * @return the parts
	 */
	static List<Part> parse(RecordedRequest request) {
		byte[] body = request.body();
		byte[] delimiter = ("--" + boundary(request)).getBytes(StandardCharsets.US_ASCII);
		List<Part> parts = new ArrayList<>();
		int at = indexOf(body, delimiter, 0);
		while (at >= 0) {
			int start = at + delimiter.length;
			if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
				return parts;
			}
			int headersEnd = indexOf(body, HEADERS_END, start);
			int next = indexOf(body, delimiter, headersEnd);
			if (headersEnd < 0 || next < 0) {
				throw new AssertionError("Malformed multipart body");
			}
			String headers = new String(body, start, headersEnd - start, StandardCharsets.UTF_8);
			byte[] content = Arrays.copyOfRange(body, headersEnd + HEADERS_END.length, next - 2);
			parts.add(new Part(find(NAME, headers), find(FILENAME, headers), contentType(headers), content));
			at = next;
		}
		throw new AssertionError("Multipart body without a closing delimiter");
	}

	private static @Nullable String find(Pattern pattern, String headers) {
		Matcher matcher = pattern.matcher(headers);
		return matcher.find() ? matcher.group(1) : null;
	}

	private static @Nullable String contentType(String headers) {
		return headers.lines()
			.filter((line) -> line.toLowerCase(Locale.ROOT).startsWith("content-type:"))
			.map((line) -> line.substring("content-type:".length()).strip())
			.findFirst()
			.orElse(null);
	}

	private static int indexOf(byte[] bytes, byte[] target, int from) {
		if (from < 0) {
			return -1;
		}
		outer: for (int i = from; i <= bytes.length - target.length; i++) {
			for (int j = 0; j < target.length; j++) {
				if (bytes[i + j] != target[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	/**
	 * One part of a multipart body.
	 *
	 * @param name the field name
	 * @param filename the file name, or {@code null} for a text field
	 * @param contentType the part's content type, or {@code null}
	 * @param content the part's bytes
	 */
	record Part(@Nullable String name, @Nullable String filename, @Nullable String contentType, byte[] content) {

		@Override
		public boolean equals(@Nullable Object other) {
			return (other instanceof Part that) && Objects.equals(this.name, that.name)
					&& Objects.equals(this.filename, that.filename)
					&& Objects.equals(this.contentType, that.contentType)
					&& Arrays.equals(this.content, that.content);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.name, this.filename, this.contentType) * 31
					+ Arrays.hashCode(this.content);
		}

		@Override
		public String toString() {
			return "Part[" + this.name + ((this.filename != null) ? ", " + this.filename : "") + ", "
					+ this.contentType + ", " + this.content.length + " bytes]";
		}

	}

}
