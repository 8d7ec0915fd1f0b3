package io.github.cartesia4j.test.simulator;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders a stored voice the way one API version shows it. Stored voices hold every field
 * of every version; voices other routes add may lack some, which get defaults here.
 *
 * @author cartesia4j
 */
final class VoicesView {

	static final String SIMULATOR_USER = "user_simulator";

	private VoicesView() {
	}

	/**
	 * Render a {@code Voice}.
	 * @param stored the stored voice
	 * @param version the API version
	 * @param expand the {@code expand[]} values asked for
	 * @param baseUrl the simulator's base URL, for preview links
	 * @return the voice JSON
	 */
	static ObjectNode voice(ObjectNode stored, VoicesVersion version, Set<String> expand, String baseUrl) {
		ObjectNode voice = ResourceStore.object();
		String id = stored.get("id").asString();
		voice.put("id", id);
		if (version.bareList()) {
			voice.put("user_id", isOwner(stored) ? SIMULATOR_USER : null);
			voice.put("is_public", isPublic(stored));
			common(voice, stored);
			voice.set("embedding", VoicesEmbeddings.toJson(VoicesEmbeddings.stored(stored)));
			voice.put("language", text(stored, "language", "en"));
			return voice;
		}
		boolean newest = version.atLeast(VoicesVersion.ACCESS_SINCE);
		if (newest) {
			voice.put("access", isPublic(stored) ? "public" : "private");
			voice.put("visibility", isPublic(stored) ? "all" : "owner");
		}
		voice.put("is_owner", isOwner(stored));
		if (version.atLeast(VoicesVersion.GENDER_SINCE) && !newest) {
			voice.put("is_public", isPublic(stored));
		}
		common(voice, stored);
		if (newest) {
			voice.put("tagline", text(stored, "tagline", ""));
		}
		if (version.atLeast(VoicesVersion.GENDER_SINCE)) {
			voice.set("gender", stored.get("gender"));
			if (voice.get("gender") == null) {
				voice.putNull("gender");
			}
		}
		if (expand.contains("embedding")) {
			voice.set("embedding", VoicesEmbeddings.toJson(VoicesEmbeddings.stored(stored)));
		}
		if (expand.contains("is_starred")) {
			voice.put("is_starred", stored.path("is_starred").asBoolean(false));
		}
		if (expand.contains("preview_file_url")) {
			voice.put("preview_file_url", baseUrl + "/voices/" + id + "/preview");
		}
		voice.put("language", text(stored, "language", "en"));
		if (version.atLeast(VoicesVersion.LOCALES_SINCE)) {
			voice.set("locales", locales(stored));
			voice.put("country", text(stored, "country", null));
			voice.put("accent", text(stored, "accent", null));
		}
		return voice;
	}

	/**
	 * Render the {@code VoiceMetadata} answered by clone, localize and create.
	 * @param stored the stored voice
	 * @param version the API version
	 * @return the metadata JSON
	 */
	static ObjectNode metadata(ObjectNode stored, VoicesVersion version) {
		ObjectNode metadata = ResourceStore.object();
		metadata.put("id", stored.get("id").asString());
		metadata.put("user_id", SIMULATOR_USER);
		if (version.atLeast(VoicesVersion.ACCESS_SINCE)) {
			metadata.put("access", isPublic(stored) ? "public" : "private");
			metadata.put("visibility", isPublic(stored) ? "all" : "owner");
			metadata.put("tagline", text(stored, "tagline", ""));
		}
		else {
			metadata.put("is_public", isPublic(stored));
		}
		common(metadata, stored);
		metadata.put("language", text(stored, "language", "en"));
		return metadata;
	}

	static boolean isOwner(JsonNode stored) {
		JsonNode owner = stored.get("is_owner");
		return (owner != null && owner.isBoolean()) ? owner.booleanValue() : !isPublic(stored);
	}

	static boolean isPublic(JsonNode stored) {
		JsonNode isPublic = stored.get("is_public");
		return isPublic != null && isPublic.isBoolean() && isPublic.booleanValue();
	}

	private static void common(ObjectNode voice, ObjectNode stored) {
		voice.put("name", text(stored, "name", ""));
		voice.put("description", text(stored, "description", ""));
		voice.put("created_at", text(stored, "created_at", ResourceStore.now()));
	}

	private static JsonNode locales(ObjectNode stored) {
		JsonNode locales = stored.get("locales");
		if (locales != null && locales.isArray()) {
			return locales;
		}
		String language = text(stored, "language", "en");
		ObjectNode locale = ResourceStore.object();
		locale.put("locale", VoicesFields.locale(language, null));
		locale.put("is_native", true);
		return ResourceStore.array().add(locale);
	}

	private static @Nullable String text(JsonNode stored, String field, @Nullable String fallback) {
		JsonNode value = stored.get(field);
		return (value != null && value.isString()) ? value.stringValue() : fallback;
	}

}
