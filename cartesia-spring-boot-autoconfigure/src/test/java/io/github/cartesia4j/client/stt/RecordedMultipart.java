package io.github.cartesia4j.client.stt;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.jspecify.annotations.Nullable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parts of a recorded {@code multipart/form-data} request, in the order they were sent,
 * parsed from the raw body so that order, repeats, file names and part content types can be
 * asserted exactly.
 *
 * @param parts the parts
 * @author cartesia4j
 * @since 0.1.0
 */
public record RecordedMultipart(List<Part> parts) {

	/**
	 * Parse the body of a request; fails the test when it is not multipart.
	 * @param request the recorded request
	 * @return the parts
	 */
	public static RecordedMultipart of(LoggedRequest request) {
		String contentType = request.getHeader("Content-Type");
		assertThat(contentType).startsWith("multipart/form-data;").contains("boundary=");
		String boundary = contentType.substring(contentType.indexOf("boundary=") + "boundary=".length())
			.replace("\"", "");
		byte[] body = request.getBody();
		byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
		List<Part> parts = new ArrayList<>();
		int at = indexOf(body, delimiter, 0);
		while (at >= 0) {
			int start = at + delimiter.length;
			if (body[start] == '-' && body[start + 1] == '-') {
				break;
			}
			start += 2;
			int next = indexOf(body, delimiter, start);
			assertThat(next).as("closing boundary").isPositive();
			parts.add(part(Arrays.copyOfRange(body, start, next - 2)));
			at = next;
		}
		return new RecordedMultipart(List.copyOf(parts));
	}

	/**
	 * Return the names of the parts, in order.
	 * @return the names
	 */
	public List<String> names() {
		return this.parts.stream().map(Part::name).toList();
	}

	/**
	 * Return the only part with a name; fails the test when there is not exactly one.
	 * @param name the name
	 * @return the part
	 */
	public Part part(String name) {
		List<Part> named = this.parts.stream().filter((part) -> part.name().equals(name)).toList();
		assertThat(named).as("parts named %s", name).hasSize(1);
		return named.get(0);
	}

	/**
	 * Return the text of every part with a name, in order.
	 * @param name the name
	 * @return the values
	 */
	public List<String> texts(String name) {
		return this.parts.stream().filter((part) -> part.name().equals(name)).map(Part::text).toList();
	}

	private static Part part(byte[] raw) {
		int headerEnd = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
		String name = null;
		String filename = null;
		String contentType = null;
		for (String line : new String(raw, 0, headerEnd, StandardCharsets.UTF_8).split("\r\n")) {
			String lower = line.toLowerCase(Locale.ROOT);
			if (lower.startsWith("content-disposition:")) {
				name = attribute(line, "name");
				filename = attribute(line, "filename");
			}
			else if (lower.startsWith("content-type:")) {
				contentType = line.substring("content-type:".length()).strip();
			}
		}
		return new Part(name, filename, contentType, Arrays.copyOfRange(raw, headerEnd + 4, raw.length));
	}

	private static @Nullable String attribute(String header, String attribute) {
		for (String parameter : header.split(";")) {
			String trimmed = parameter.strip();
			if (trimmed.startsWith(attribute + "=\"")) {
				return trimmed.substring(attribute.length() + 2, trimmed.length() - 1);
			}
		}
		return null;
	}

	private static int indexOf(byte[] data, byte[] pattern, int from) {
		outer: for (int i = from; i <= data.length - pattern.length; i++) {
			for (int j = 0; j < pattern.length; j++) {
				if (data[i + j] != pattern[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	/**
	 * One part.
	 *
	 * @param name the field name
	 * @param filename the file name, {@code null} for a text field
	 * @param contentType the part content type, if sent
	 * @param content the part bytes
	 */
	public record Part(String name, @Nullable String filename, @Nullable String contentType, byte[] content) {

		/**
		 * Return the content as UTF-8 text.
		 * @return the text
		 */
		public String text() {
			return new String(this.content, StandardCharsets.UTF_8);
		}

	}

}
