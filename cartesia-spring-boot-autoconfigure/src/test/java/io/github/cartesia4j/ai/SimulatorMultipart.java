package io.github.cartesia4j.ai;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import io.github.cartesia4j.test.simulator.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parts of a {@code multipart/form-data} request the simulator recorded, in order.
 *
 * @param parts the parts
 * @author cartesia4j
 */
record SimulatorMultipart(List<Part> parts) {

	private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");

	private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"");

	static SimulatorMultipart of(RecordedRequest request) {
		String contentType = request.header("Content-Type");
		assertThat(contentType).startsWith("multipart/form-data;").contains("boundary=");
		String boundary = contentType.substring(contentType.indexOf("boundary=") + "boundary=".length())
			.replace("\"", "");
		String body = new String(request.body(), StandardCharsets.ISO_8859_1);
		List<Part> parts = new ArrayList<>();
		for (String chunk : body.split("--" + Pattern.quote(boundary))) {
			int split = chunk.indexOf("\r\n\r\n");
			if (split < 0) {
				continue;
			}
			String headers = chunk.substring(0, split);
			String content = chunk.substring(split + 4, chunk.length() - 2);
			Matcher name = NAME.matcher(headers);
			assertThat(name.find()).as("part name in %s", headers).isTrue();
			Matcher filename = FILENAME.matcher(headers);
			parts.add(new Part(name.group(1), filename.find() ? filename.group(1) : null, content));
		}
		return new SimulatorMultipart(List.copyOf(parts));
	}

	List<String> names() {
		return this.parts.stream().map(Part::name).toList();
	}

	List<String> texts(String name) {
		return this.parts.stream().filter((part) -> part.name().equals(name)).map(Part::content).toList();
	}

	@Nullable String filename(String name) {
		return this.parts.stream().filter((part) -> part.name().equals(name)).findFirst().orElseThrow().filename();
	}

	/**
	 * One part.
	 *
	 * @param name the field name
	 * @param filename the file name, or {@code null} for a text field
	 * @param content the content, decoded as ISO-8859-1
	 */
	record Part(String name, @Nullable String filename, String content) {

	}

}
