package io.github.cartesia4j.test.simulator;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Field checks and language tables of the voices routes, failing with a 400 that names the
 * field.
 *
 * @author cartesia4j
 */
final class VoicesFields {

	static final Set<String> GENDERS = Set.of("masculine", "feminine", "gender_neutral");

	static final Set<String> SPEAKER_GENDERS = Set.of("male", "female");

	static final Set<String> CLONE_MODES = Set.of("similarity", "stability");

	private static final Set<String> LANGUAGES = Set.of("en", "fr", "de", "es", "pt", "zh", "ja", "hi", "it", "ko",
			"nl", "pl", "ru", "sv", "tr", "tl", "bg", "ro", "ar", "cs", "el", "fi", "hr", "ms", "sk", "da", "ta", "uk",
			"hu", "no", "vi", "bn", "th", "he", "ka", "id", "te", "gu", "kn", "ml", "mr", "pa", "or", "ur");

	private static final List<String> LOCALIZE_LANGUAGES = List.of("en", "de", "es", "fr", "ja", "pt", "zh", "hi",
			"it", "ko", "nl", "pl", "ru", "sv", "tr");

	private static final List<String> LOCALIZE_LANGUAGES_2026 = List.of("ar", "he", "ta", "te", "th");

	private static final Map<String, Map<String, String>> DIALECT_LOCALES = Map.of("en",
			Map.of("au", "en-AU", "in", "en-IN", "so", "en-US", "uk", "en-GB", "us", "en-US"), "es",
			Map.of("mx", "es-MX", "pe", "es-PE"), "pt", Map.of("br", "pt-BR", "eu", "pt-PT"), "fr",
			Map.of("eu", "fr-FR", "ca", "fr-CA"));

	private static final Map<String, String> DEFAULT_LOCALES = Map.ofEntries(Map.entry("en", "en-US"),
			Map.entry("de", "de-DE"), Map.entry("es", "es-ES"), Map.entry("fr", "fr-FR"), Map.entry("ja", "ja-JP"),
			Map.entry("pt", "pt-BR"), Map.entry("zh", "zh-CN"), Map.entry("hi", "hi-IN"), Map.entry("it", "it-IT"),
			Map.entry("ko", "ko-KR"), Map.entry("nl", "nl-NL"), Map.entry("pl", "pl-PL"), Map.entry("ru", "ru-RU"),
			Map.entry("sv", "sv-SE"), Map.entry("tr", "tr-TR"));

	private VoicesFields() {
	}

	static String requiredString(JsonNode body, String field) {
		String value = optionalString(body, field);
		if (value == null || value.isBlank()) {
			throw SimulatorErrors.badRequest(field + " is required");
		}
		return value;
	}

	static @Nullable String optionalString(JsonNode body, String field) {
		return TtsRequestParser.optionalString(body, field, field);
	}

	static @Nullable String oneOf(@Nullable String value, Set<String> allowed, String field) {
		if (value != null && !allowed.contains(value)) {
			throw SimulatorErrors.badRequest(field + " must be one of " + String.join(", ", allowed.stream().sorted()
				.toList()) + ", got '" + value + "'");
		}
		return value;
	}

	static @Nullable Boolean bool(@Nullable String value, String field) {
		if (value == null) {
			return null;
		}
		if (!value.equals("true") && !value.equals("false")) {
			throw SimulatorErrors.badRequest(field + " must be true or false, got '" + value + "'");
		}
		return Boolean.valueOf(value);
	}

	/**
	 * Check a voice language: a supported code, or a locale of one ({@code en-GB}, {@code en_gb}).
	 * @param language the value
	 * @param field the field name
	 * @return the language code in lower case, region dropped
	 */
	static String language(String language, String field) {
		String base = normalize(language).split("-")[0];
		if (!LANGUAGES.contains(base)) {
			throw SimulatorErrors.badRequest(field + " '" + language + "' is not a supported language");
		}
		return base;
	}

	static String localizeLanguage(String language, VoicesVersion version) {
		boolean known = LOCALIZE_LANGUAGES.contains(language)
				|| (version.atLeast(VoicesVersion.ACCESS_SINCE) && LOCALIZE_LANGUAGES_2026.contains(language));
		if (!known) {
			throw SimulatorErrors.badRequest("language must be one of " + String.join(", ", LOCALIZE_LANGUAGES)
					+ (version.atLeast(VoicesVersion.ACCESS_SINCE) ? ", " + String.join(", ", LOCALIZE_LANGUAGES_2026)
							: "")
					+ ", got '" + language + "'");
		}
		return language;
	}

	static void dialect(@Nullable String language, @Nullable String dialect) {
		if (dialect == null) {
			return;
		}
		Map<String, String> dialects = DIALECT_LOCALES.get(language);
		if (dialects == null) {
			throw SimulatorErrors.badRequest("dialect is not supported for language '" + language
					+ "': only en, es, pt and fr have dialects");
		}
		if (!dialects.containsKey(dialect)) {
			throw SimulatorErrors.badRequest("dialect must be one of " + String.join(", ", dialects.keySet().stream()
				.sorted()
				.toList()) + " for language '" + language + "', got '" + dialect + "'");
		}
	}

	static String locale(String language, @Nullable String dialect) {
		Map<String, String> dialects = DIALECT_LOCALES.getOrDefault(language, Map.of());
		if (dialect != null && dialects.containsKey(dialect)) {
			return dialects.get(dialect);
		}
		return DEFAULT_LOCALES.getOrDefault(language, language);
	}

	static String normalize(String languageOrLocale) {
		return languageOrLocale.trim().replace('_', '-').toLowerCase(Locale.ROOT);
	}

}
