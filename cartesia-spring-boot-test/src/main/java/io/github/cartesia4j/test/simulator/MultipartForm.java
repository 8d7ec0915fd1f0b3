package io.github.cartesia4j.test.simulator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A parsed {@code multipart/form-data} request body, as the real API reads it: text fields
 * and file parts by field name, repeated names kept in order.
 *
 * @author cartesia4j
 */
final class MultipartForm {

	private final Map<String, List<Part>> parts;

	private MultipartForm(Map<String, List<Part>> parts) {
		this.parts = parts;
	}

	/**
	 * Parse the body of a multipart request.
	 * @param exchange the request
	 * @return the form
	 * @throws SimulatorException (400) when the request is not multipart or malformed
	 */
	static MultipartForm parse(SimulatorExchange exchange) {
		String contentType = exchange.request().requestHeaders().get("Content-Type");
		String boundary = boundary(contentType);
		if (boundary == null) {
			throw SimulatorErrors.badRequest("Content-Type must be multipart/form-data with a boundary");
		}
		return new MultipartForm(split(exchange.body(), ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1)));
	}

	@Nullable String text(String name) {
		List<Part> values = this.parts.get(name);
		return (values != null && !values.isEmpty()) ? values.get(0).text() : null;
	}

	String requireText(String name) {
		String value = text(name);
		if (value == null || value.isBlank()) {
			throw SimulatorErrors.badRequest(name + " is required");
		}
		return value;
	}

	List<String> texts(String name) {
		return this.parts.getOrDefault(name, List.of()).stream().map(Part::text).toList();
	}

	@Nullable Part file(String name) {
		List<Part> values = this.parts.get(name);
		return (values != null && !values.isEmpty() && values.get(0).filename() != null) ? values.get(0) : null;
	}

	Part requireFile(String name) {
		Part part = file(name);
		if (part == null || part.content().length == 0) {
			throw SimulatorErrors.badRequest(name + " file is required");
		}
		return part;
	}

	boolean has(String name) {
		return this.parts.containsKey(name);
	}

	private static @Nullable String boundary(@Nullable String contentType) {
		if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
			return null;
		}
		for (String parameter : contentType.split(";")) {
			String trimmed = parameter.strip();
			if (trimmed.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
				String value = trimmed.substring("boundary=".length());
				return (value.startsWith("\"") && value.endsWith("\"")) ? value.substring(1, value.length() - 1)
						: value;
			}
		}
		return null;
	}

	private static Map<String, List<Part>> split(byte[] body, byte[] delimiter) {
		Map<String, List<Part>> parts = new LinkedHashMap<>();
		int at = indexOf(body, delimiter, 0);
		if (at < 0) {
			throw SimulatorErrors.badRequest("multipart body has no parts");
		}
		while (true) {
			int start = at + delimiter.length;
			if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
				return parts;
			}
			start = skipLineEnd(body, start);
			int next = indexOf(body, delimiter, start);
			if (next < 0) {
				throw SimulatorErrors.badRequest("multipart body is truncated");
			}
			int end = next;
			if (end >= 2 && body[end - 2] == '\r' && body[end - 1] == '\n') {
				end -= 2;
			}
			else if (end >= 1 && body[end - 1] == '\n') {
				end -= 1;
			}
			Part part = part(Arrays.copyOfRange(body, start, end));
			parts.computeIfAbsent(part.name(), (name) -> new ArrayList<>()).add(part);
			at = next;
		}
	}

	private static Part part(byte[] raw) {
		int headerEnd = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
		if (headerEnd < 0) {
			throw SimulatorErrors.badRequest("multipart part has no header");
		}
		String headers = new String(raw, 0, headerEnd, StandardCharsets.UTF_8);
		String name = null;
		String filename = null;
		String contentType = null;
		for (String line : headers.split("\r\n")) {
			String lower = line.toLowerCase(Locale.ROOT);
			if (lower.startsWith("content-disposition:")) {
				name = attribute(line, "name");
				filename = attribute(line, "filename");
			}
			else if (lower.startsWith("content-type:")) {
				contentType = line.substring("content-type:".length()).strip();
			}
		}
		if (name == null) {
			throw SimulatorErrors.badRequest("multipart part has no name");
		}
		return new Part(name, filename, contentType, Arrays.copyOfRange(raw, headerEnd + 4, raw.length));
	}

	private static @Nullable String attribute(String header, String attribute) {
		String marker = " " + attribute + "=\"";
		int start = header.indexOf(marker);
		if (start < 0) {
			marker = ";" + attribute + "=\"";
			start = header.indexOf(marker);
		}
		if (start < 0) {
			return null;
		}
		int from = start + marker.length();
		int end = header.indexOf('"', from);
		return (end < 0) ? null : header.substring(from, end);
	}

	private static int skipLineEnd(byte[] body, int at) {
		if (at < body.length && body[at] == '\r') {
			at++;
		}
		if (at < body.length && body[at] == '\n') {
			at++;
		}
		return at;
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
	 * One part of the form.
	 *
	 * @param name the field name
	 * @param filename the file name, for file parts
	 * @param contentType the part content type, if sent
	 * @param content the part bytes
	 */
	record Part(String name, @Nullable String filename, @Nullable String contentType, byte[] content) {

		String text() {
			return new String(this.content, StandardCharsets.UTF_8);
		}

	}

}
