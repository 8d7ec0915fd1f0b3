package io.github.cartesia4j.test.simulator;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * The voices routes that make new voices: clone (multipart), localize, and the legacy create
 * from an embedding and mix. The voices they make belong to the caller and can be used by
 * the TTS routes like any other voice id.
 *
 * @author cartesia4j
 */
final class VoicesCreation {

	private final ResourceStore voices;

	VoicesCreation(ResourceStore voices) {
		this.voices = voices;
	}

	Publisher<Void> clone(SimulatorExchange exchange) {
		VoicesVersion version = VoicesVersion.of(exchange);
		MultipartForm form = MultipartForm.parse(exchange);
		MultipartForm.Part clip = form.requireFile("clip");
		String name = form.requireText("name");
		String language = VoicesFields.language(form.requireText("language"), "language");
		VoicesFields.oneOf(form.text("mode"), VoicesFields.CLONE_MODES, "mode");
		VoicesFields.bool(form.text("enhance"), "enhance");
		ObjectNode base = baseVoice(form.text("base_voice_id"));
		double[] embedding = VoicesEmbeddings.of(clip.content());
		if (base != null) {
			embedding = VoicesEmbeddings.blend(VoicesEmbeddings.stored(base), embedding, 0.5);
		}
		ObjectNode voice = owned(name, form.text("description"), language, VoicesFields.locale(language, null),
				embedding);
		voice.set("gender", (base != null) ? base.get("gender") : null);
		voice.put("accent", form.text("accent"));
		return created(exchange, voice, version);
	}

	Publisher<Void> localize(SimulatorExchange exchange) {
		VoicesVersion version = VoicesVersion.of(exchange);
		JsonNode body = exchange.jsonBody();
		if (version.legacy() && body.has("embedding") && !body.has("voice_id")) {
			return localizeEmbedding(exchange, body, version);
		}
		String voiceId = VoicesFields.requiredString(body, "voice_id");
		ObjectNode source = this.voices.get(voiceId);
		String name = VoicesFields.requiredString(body, "name");
		boolean accentForm = version.atLeast(VoicesVersion.ACCESS_SINCE);
		String description = VoicesFields.optionalString(body, "description");
		String language = VoicesFields.optionalString(body, "language");
		String speakerGender = VoicesFields.optionalString(body, "original_speaker_gender");
		String accent = VoicesFields.optionalString(body, "accent");
		if (accentForm) {
			accent = VoicesFields.requiredString(body, "accent");
		}
		else {
			if (description == null) {
				throw SimulatorErrors.badRequest("description is required");
			}
			language = VoicesFields.requiredString(body, "language");
			speakerGender = VoicesFields.requiredString(body, "original_speaker_gender");
		}
		if (language != null) {
			VoicesFields.localizeLanguage(language, version);
		}
		VoicesFields.oneOf(speakerGender, VoicesFields.SPEAKER_GENDERS, "original_speaker_gender");
		String dialect = VoicesFields.optionalString(body, "dialect");
		VoicesFields.dialect(language, dialect);
		String target = (language != null) ? language : source.path("language").asString("en");
		double[] embedding = VoicesEmbeddings.blend(VoicesEmbeddings.stored(source),
				VoicesEmbeddings.of(target + "-" + dialect), 0.2);
		ObjectNode voice = owned(name, description, target, VoicesFields.locale(target, dialect), embedding);
		voice.set("gender", gender(source, speakerGender));
		voice.put("accent", accent);
		voice.put("tagline", VoicesFields.optionalString(body, "tagline"));
		return created(exchange, voice, version);
	}

	Publisher<Void> create(SimulatorExchange exchange) {
		VoicesVersion version = VoicesVersion.of(exchange);
		version.requireLegacy("POST /voices/ (create a voice from an embedding)", "POST /voices/clone");
		JsonNode body = exchange.jsonBody();
		String name = VoicesFields.requiredString(body, "name");
		String description = VoicesFields.optionalString(body, "description");
		if (description == null) {
			throw SimulatorErrors.badRequest("description is required");
		}
		double[] embedding = VoicesEmbeddings.read(body.get("embedding"), "embedding");
		String language = VoicesFields.optionalString(body, "language");
		language = (language != null) ? VoicesFields.language(language, "language") : "en";
		ObjectNode base = baseVoice(VoicesFields.optionalString(body, "base_voice_id"));
		ObjectNode voice = owned(name, description, language, VoicesFields.locale(language, null), embedding);
		voice.set("gender", (base != null) ? base.get("gender") : null);
		ObjectNode stored = this.voices.add(voice);
		ObjectNode rendered = VoicesView.voice(stored, version, Set.of("embedding"), "");
		rendered.put("user_id", VoicesView.SIMULATOR_USER);
		rendered.put("is_public", false);
		return exchange.sendJson(200, SimulatorJson.write(rendered));
	}

	Publisher<Void> mix(SimulatorExchange exchange) {
		VoicesVersion.of(exchange).requireLegacy("POST /voices/mix", null);
		JsonNode ingredients = exchange.jsonBody().get("voices");
		if (ingredients == null || !ingredients.isArray() || ingredients.isEmpty()) {
			throw SimulatorErrors.badRequest("voices is required: a non-empty array");
		}
		double[] mixed = null;
		double totalWeight = 0;
		for (int i = 0; i < ingredients.size(); i++) {
			String field = "voices[" + i + "]";
			JsonNode ingredient = ingredients.get(i);
			if (!ingredient.isObject() || ingredient.has("id") == ingredient.has("embedding")) {
				throw SimulatorErrors.badRequest(field + " must have either id or embedding");
			}
			JsonNode weight = ingredient.get("weight");
			if (weight == null || !weight.isNumber() || weight.doubleValue() < 0) {
				throw SimulatorErrors.badRequest(field + ".weight is required: a number not below 0");
			}
			double[] embedding = ingredient.has("id")
					? VoicesEmbeddings.stored(this.voices.get(VoicesFields.requiredString(ingredient, "id")))
					: VoicesEmbeddings.read(ingredient.get("embedding"), field + ".embedding");
			if (mixed == null) {
				mixed = new double[embedding.length];
			}
			if (embedding.length != mixed.length) {
				throw SimulatorErrors.badRequest(field + " has " + embedding.length + " dimensions, expected "
						+ mixed.length);
			}
			for (int j = 0; j < mixed.length; j++) {
				mixed[j] += embedding[j] * weight.doubleValue();
			}
			totalWeight += weight.doubleValue();
		}
		if (totalWeight <= 0) {
			throw SimulatorErrors.badRequest("voices weights must not all be 0");
		}
		ObjectNode response = ResourceStore.object();
		response.set("embedding", VoicesEmbeddings.toJson(VoicesEmbeddings.normalized(mixed)));
		return exchange.sendJson(200, SimulatorJson.write(response));
	}

	private Publisher<Void> localizeEmbedding(SimulatorExchange exchange, JsonNode body, VoicesVersion version) {
		double[] embedding = VoicesEmbeddings.read(body.get("embedding"), "embedding");
		String language = VoicesFields.localizeLanguage(VoicesFields.requiredString(body, "language"), version);
		VoicesFields.oneOf(VoicesFields.requiredString(body, "original_speaker_gender"), VoicesFields.SPEAKER_GENDERS,
				"original_speaker_gender");
		String dialect = VoicesFields.optionalString(body, "dialect");
		VoicesFields.dialect(language, dialect);
		ObjectNode response = ResourceStore.object();
		response.set("embedding", VoicesEmbeddings
			.toJson(VoicesEmbeddings.blend(embedding, VoicesEmbeddings.of(language + "-" + dialect), 0.2)));
		return exchange.sendJson(200, SimulatorJson.write(response));
	}

	private @Nullable ObjectNode baseVoice(@Nullable String baseVoiceId) {
		if (baseVoiceId == null || baseVoiceId.isBlank()) {
			return null;
		}
		ObjectNode base = this.voices.find(baseVoiceId);
		if (base == null) {
			throw SimulatorErrors.badRequest("base_voice_id " + baseVoiceId + " does not name a voice");
		}
		return base;
	}

	private Publisher<Void> created(SimulatorExchange exchange, ObjectNode voice, VoicesVersion version) {
		ObjectNode stored = this.voices.add(voice);
		return exchange.sendJson(200, SimulatorJson.write(VoicesView.metadata(stored, version)));
	}

	private static ObjectNode owned(String name, @Nullable String description, String language, String locale,
			double[] embedding) {
		ObjectNode voice = ResourceStore.object();
		voice.put("user_id", VoicesView.SIMULATOR_USER);
		voice.put("is_owner", true);
		voice.put("is_public", false);
		voice.put("name", name);
		voice.put("description", (description != null) ? description : "");
		voice.set("embedding", VoicesEmbeddings.toJson(embedding));
		voice.put("is_starred", false);
		voice.put("language", language);
		voice.set("locales", ResourceStore.array().add(ResourceStore.object().put("locale", locale).put("is_native",
				true)));
		voice.put("country", (locale.length() == 5) ? locale.substring(3) : null);
		voice.put("tagline", "");
		return voice;
	}

	private static @Nullable JsonNode gender(ObjectNode source, @Nullable String speakerGender) {
		JsonNode gender = source.get("gender");
		if (gender != null && gender.isString()) {
			return gender;
		}
		if (speakerGender == null) {
			return null;
		}
		return StringNode.valueOf(speakerGender.equals("male") ? "masculine" : "feminine");
	}

}
