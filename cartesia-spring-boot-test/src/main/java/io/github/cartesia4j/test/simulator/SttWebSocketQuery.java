package io.github.cartesia4j.test.simulator;

import java.util.List;
import java.util.regex.Pattern;

import io.netty.handler.codec.http.QueryStringDecoder;
import org.jspecify.annotations.Nullable;

/**
 * Reads and checks the query parameters of the speech-to-text WebSockets, failing with a 400
 * {@link SimulatorException} that names the parameter.
 *
 * @author cartesia4j
 */
final class SttWebSocketQuery {

	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

	private static final int MAX_KEYTERMS = 100;

	private static final int MAX_KEYTERM_CHARACTERS = 1200;

	private final QueryStringDecoder query;

	SttWebSocketQuery(QueryStringDecoder query) {
		this.query = query;
	}

	String model(Pattern accepted, String description) {
		String model = text("model");
		if (model == null || model.isBlank()) {
			throw SimulatorErrors.badRequest("model is required");
		}
		if (!accepted.matcher(model).matches()) {
			throw SimulatorErrors.badRequest("model must be " + description + ", got " + model);
		}
		return model;
	}

	SttPcmDecoding encoding() {
		String value = text("encoding");
		if (value == null) {
			throw SimulatorErrors.badRequest("encoding is required: one of " + SttPcmDecoding.QUERY_VALUES);
		}
		SttPcmDecoding encoding = SttPcmDecoding.ofQuery(value);
		if (encoding == null) {
			throw SimulatorErrors.badRequest("encoding must be one of " + SttPcmDecoding.QUERY_VALUES);
		}
		return encoding;
	}

	int sampleRate() {
		String value = text("sample_rate");
		if (value == null) {
			throw SimulatorErrors.badRequest("sample_rate is required");
		}
		try {
			int sampleRate = Integer.parseInt(value);
			if (sampleRate >= 1000 && sampleRate <= 192000) {
				return sampleRate;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		throw SimulatorErrors.badRequest("sample_rate must be an integer between 1000 and 192000, got " + value);
	}

	String language() {
		String value = text("language");
		if (value == null) {
			return "en";
		}
		if (!LANGUAGE.matcher(value).matches()) {
			throw SimulatorErrors.badRequest("language must be an ISO-639-1 code such as en, got " + value);
		}
		return value;
	}

	List<String> keyterms() {
		List<String> keyterms = this.query.parameters().getOrDefault("keyterm", List.of());
		if (keyterms.size() > MAX_KEYTERMS) {
			throw SimulatorErrors.badRequest("keyterm accepts at most " + MAX_KEYTERMS + " terms");
		}
		int characters = 0;
		for (String keyterm : keyterms) {
			if (keyterm.isBlank()) {
				throw SimulatorErrors.badRequest("keyterm must not be blank");
			}
			characters += keyterm.length();
		}
		if (characters > MAX_KEYTERM_CHARACTERS) {
			throw SimulatorErrors
				.badRequest("keyterm accepts at most " + MAX_KEYTERM_CHARACTERS + " characters in all");
		}
		return List.copyOf(keyterms);
	}

	/**
	 * Read an optional number within inclusive bounds.
	 * @param name the parameter
	 * @param min the lower bound
	 * @param max the upper bound
	 * @return the value, or {@code null} when absent
	 */
	@Nullable Double number(String name, double min, double max) {
		String value = text(name);
		if (value == null) {
			return null;
		}
		return within(name, parse(name, value), min, max);
	}

	static double within(String name, double value, double min, double max) {
		if (!(value >= min && value <= max)) {
			throw SimulatorErrors.badRequest(name + " must be between " + min + " and " + max + ", got " + value);
		}
		return value;
	}

	private static double parse(String name, String value) {
		try {
			return Double.parseDouble(value);
		}
		catch (NumberFormatException ex) {
			throw SimulatorErrors.badRequest(name + " must be a number, got " + value);
		}
	}

	private @Nullable String text(String name) {
		return SttWebSocketUpgrade.first(this.query, name);
	}

}
