package io.github.cartesia4j.client.voices;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The dialects a localized voice may take, by target language: {@code en} (au, in, so, uk,
 * us), {@code es} (mx, pe), {@code pt} (br, eu) and {@code fr} (eu, ca). Other languages have
 * no dialect.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public final class LocalizeDialects {

	private static final Map<String, List<String>> BY_LANGUAGE = Map.of("en", List.of("au", "in", "so", "uk", "us"),
			"es", List.of("mx", "pe"), "pt", List.of("br", "eu"), "fr", List.of("eu", "ca"));

	private LocalizeDialects() {
	}

	/**
	 * Return the dialects of a target language.
	 * @param language the language code, for example {@code en}
	 * @return the dialects, empty when the language has none
	 */
	public static List<String> of(@Nullable String language) {
		return (language != null) ? BY_LANGUAGE.getOrDefault(language, List.of()) : List.of();
	}

	static void check(@Nullable String language, @Nullable String dialect) {
		if (dialect == null) {
			return;
		}
		List<String> allowed = of(language);
		if (allowed.isEmpty()) {
			throw new IllegalArgumentException("'dialect' must not be set for language '" + language
					+ "': only en, es, pt and fr have dialects");
		}
		if (!allowed.contains(dialect)) {
			throw new IllegalArgumentException("'dialect' must be one of " + String.join(", ", allowed)
					+ " for language '" + language + "', got '" + dialect + "'");
		}
	}

}
