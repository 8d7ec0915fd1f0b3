package io.github.cartesia4j.client.stt;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Builds the query string of the speech-to-text WebSockets and checks the values both of them
 * share: key terms and the audio format.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
final class SttQuery {

	/**
	 * Most key terms the API accepts in one session.
	 */
	static final int MAX_KEYTERMS = 100;

	/**
	 * Most characters all key terms of a session may have together.
	 */
	static final int MAX_KEYTERM_CHARACTERS = 1200;

	private final MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();

	SttQuery add(String name, @Nullable Object value) {
		if (value != null) {
			this.parameters.add(name, format(value));
		}
		return this;
	}

	SttQuery addEach(String name, List<String> values) {
		values.forEach((value) -> this.parameters.add(name, value));
		return this;
	}

	MultiValueMap<String, String> build() {
		return new LinkedMultiValueMap<>(this.parameters);
	}

	/**
	 * Check and copy key terms: at most {@value #MAX_KEYTERMS}, none blank, at most
	 * {@value #MAX_KEYTERM_CHARACTERS} characters together.
	 * @param keyterms the terms, or {@code null} for none
	 * @return an immutable copy
	 */
	static List<String> keyterms(@Nullable List<String> keyterms) {
		if (keyterms == null) {
			return List.of();
		}
		if (keyterms.size() > MAX_KEYTERMS) {
			throw new IllegalArgumentException("'keyterm' accepts at most " + MAX_KEYTERMS + " terms, got "
					+ keyterms.size());
		}
		int characters = 0;
		for (String keyterm : keyterms) {
			if (keyterm == null || keyterm.isBlank()) {
				throw new IllegalArgumentException("'keyterm' must not contain blank terms");
			}
			characters += keyterm.length();
		}
		if (characters > MAX_KEYTERM_CHARACTERS) {
			throw new IllegalArgumentException("'keyterm' accepts at most " + MAX_KEYTERM_CHARACTERS
					+ " characters in all, got " + characters);
		}
		return List.copyOf(keyterms);
	}

	static void requireAudioFormat(String model, @Nullable SttEncoding encoding, @Nullable Integer sampleRate) {
		if (model == null || model.isBlank()) {
			throw new IllegalArgumentException("'model' must not be blank");
		}
		if (encoding == null) {
			throw new IllegalArgumentException("'encoding' must not be null");
		}
		if (sampleRate == null || sampleRate <= 0) {
			throw new IllegalArgumentException("'sample_rate' must be positive, got " + sampleRate);
		}
	}

	private static String format(Object value) {
		if (value instanceof Double number) {
			return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
		}
		return (value instanceof SttEncoding encoding) ? encoding.value() : value.toString();
	}

}
