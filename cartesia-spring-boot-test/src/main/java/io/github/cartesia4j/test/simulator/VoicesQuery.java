package io.github.cartesia4j.test.simulator;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import io.netty.handler.codec.http.QueryStringDecoder;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The query of {@code GET /voices} and {@code GET /voices/{id}}: the list filters
 * ({@code q}, {@code gender}, {@code is_owner}, {@code is_starred}, {@code language}) and the
 * repeated {@code expand[]} values each version accepts.
 *
 * @author cartesia4j
 */
final class VoicesQuery {

	private VoicesQuery() {
	}

	static Set<String> expand(SimulatorExchange exchange, VoicesVersion version) {
		List<String> values = new QueryStringDecoder(exchange.request().uri()).parameters().get("expand[]");
		if (values == null || version.bareList()) {
			return Set.of();
		}
		List<String> allowed = allowedExpand(version);
		Set<String> expand = new LinkedHashSet<>();
		for (String value : values) {
			if (!allowed.contains(value)) {
				throw SimulatorErrors.badRequest("expand[] must be one of " + String.join(", ", allowed)
						+ " on Cartesia-Version " + version.value() + ", got '" + value + "'");
			}
			expand.add(value);
		}
		return expand;
	}

	private static List<String> allowedExpand(VoicesVersion version) {
		if (version.legacy()) {
			return List.of("embedding", "is_starred");
		}
		if (version.before(VoicesVersion.LOCALES_SINCE)) {
			return List.of("is_starred");
		}
		return List.of("preview_file_url");
	}

	static Predicate<ObjectNode> filter(SimulatorExchange exchange) {
		String q = exchange.queryParam("q");
		String gender = VoicesFields.oneOf(exchange.queryParam("gender"), VoicesFields.GENDERS, "gender");
		Boolean isOwner = VoicesFields.bool(exchange.queryParam("is_owner"), "is_owner");
		Boolean isStarred = VoicesFields.bool(exchange.queryParam("is_starred"), "is_starred");
		String language = exchange.queryParam("language");
		return (voice) -> matches(voice, q) && (gender == null || gender.equals(text(voice, "gender")))
				&& (isOwner == null || isOwner == VoicesView.isOwner(voice))
				&& (isStarred == null || isStarred == voice.path("is_starred").asBoolean(false))
				&& (language == null || speaks(voice, language));
	}

	private static boolean matches(JsonNode voice, @Nullable String q) {
		if (q == null || q.isBlank()) {
			return true;
		}
		String needle = q.trim().toLowerCase(Locale.ROOT);
		return contains(text(voice, "name"), needle) || contains(text(voice, "description"), needle)
				|| contains(text(voice, "id"), needle);
	}

	private static boolean speaks(JsonNode voice, String language) {
		String wanted = VoicesFields.normalize(language);
		String own = text(voice, "language");
		if (own != null && VoicesFields.normalize(own).equals(wanted)) {
			return true;
		}
		JsonNode locales = voice.get("locales");
		if (locales == null || !locales.isArray()) {
			return false;
		}
		for (JsonNode locale : locales.values()) {
			String value = VoicesFields.normalize(locale.path("locale").asString(""));
			if (value.equals(wanted) || (!wanted.contains("-") && value.startsWith(wanted + "-"))) {
				return true;
			}
		}
		return false;
	}

	private static boolean contains(@Nullable String text, String needle) {
		return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
	}

	private static @Nullable String text(JsonNode voice, String field) {
		JsonNode value = voice.get(field);
		return (value != null && value.isString()) ? value.stringValue() : null;
	}

}
