package io.github.cartesia4j.test.simulator;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the flattened {@code output_format[container]}, {@code output_format[encoding]},
 * {@code output_format[sample_rate]} and {@code output_format[bit_rate]} fields of the
 * multipart endpoints (infill, voice changer) and validates them like the JSON
 * {@code output_format} of TTS, naming fields in their bracketed form.
 *
 * @author cartesia4j
 */
final class InfillOutputFormat {

	private static final String[] FIELDS = { "container", "encoding", "sample_rate", "bit_rate" };

	private static final Pattern DOTTED = Pattern.compile("output_format\\.(\\w+)");

	private InfillOutputFormat() {
	}

	static AudioFormat parse(MultipartForm form) {
		ObjectNode node = null;
		for (String field : FIELDS) {
			String value = form.text("output_format[" + field + "]");
			if (value == null) {
				continue;
			}
			node = (node != null) ? node : JsonNodeFactory.instance.objectNode();
			Integer number = field.endsWith("_rate") ? integer(value) : null;
			if (number != null) {
				node.put(field, number);
			}
			else {
				node.put(field, value);
			}
		}
		try {
			return AudioFormat.parse(node, false);
		}
		catch (SimulatorException ex) {
			throw SimulatorErrors.badRequest(DOTTED.matcher(String.valueOf(ex.getMessage()))
				.replaceAll("output_format[$1]")
				.replace("output_format is required", "output_format[container] is required"));
		}
	}

	private static @Nullable Integer integer(String value) {
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
