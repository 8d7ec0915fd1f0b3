package io.github.cartesia4j.test.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * The public voice library the simulator starts with: 28 voices across 15 languages, so that
 * lists have several pages at the default page size of 10.
 *
 * @author cartesia4j
 */
final class VoicesSeed {

	static final String BARBERSHOP_MAN = "694f9389-aac1-45b6-b726-9d9369183238";

	private static final Instant FIRST_CREATED = Instant.parse("2024-05-04T18:59:01.417Z");

	private static final List<Seed> LIBRARY = List.of(
			new Seed("Barbershop Man", "A warm, gravelly baritone with old-time barbershop charm, made for friendly "
					+ "conversation", "masculine", "en-US", "American", false),
			new Seed("Sarah", "A bright, clear young woman's voice for assistants and support lines", "feminine",
					"en-US", "American", true),
			new Seed("British Lady", "An elegant middle-aged woman with a crisp southern English accent", "feminine",
					"en-GB", "British", true),
			new Seed("Calm Narrator", "A soft, unhurried man's voice for audiobooks and long-form narration",
					"masculine", "en-US", "American", false),
			new Seed("Newsman", "A confident news anchor with a measured, authoritative delivery", "masculine", "en-US",
					"American", false),
			new Seed("Customer Support Lady", "A patient, reassuring woman for customer service calls", "feminine",
					"en-US", "American", false),
			new Seed("Australian Woman", "A cheerful young Australian woman, relaxed and upbeat", "feminine", "en-AU",
					"Australian", false),
			new Seed("Southern Man", "A laid-back man with a gentle drawl from the American South", "masculine",
					"en-US", "Southern American", false),
			new Seed("Indian Lady", "A friendly woman speaking English with a light Indian accent", "feminine", "en-IN",
					"Indian", false),
			new Seed("Meditation Guide", "A slow, breathy voice for mindfulness and sleep content", "gender_neutral",
					"en-US", "American", false),
			new Seed("Robotic Assistant", "An even, synthetic-sounding voice for kiosks and prototypes",
					"gender_neutral", "en-US", "American", false),
			new Seed("Wise Elder", "An older voice full of gravitas for documentaries", null, "en-GB", "British",
					false),
			new Seed("French Conversational Lady", "A natural Parisian woman for everyday French dialogue", "feminine",
					"fr-FR", "Parisian", false),
			new Seed("Québécois Man", "A warm man from Montréal speaking Canadian French", "masculine", "fr-CA",
					"Québécois", false),
			new Seed("German Storyteller Man", "A deep, expressive German voice for stories and games", "masculine",
					"de-DE", "Standard German", false),
			new Seed("Spanish Narrator Woman", "A clear Castilian Spanish woman for narration and e-learning",
					"feminine", "es-ES", "Castilian", false),
			new Seed("Mexican Man", "An energetic man speaking Mexican Spanish, great for ads", "masculine", "es-MX",
					"Mexican", false),
			new Seed("Brazilian Woman", "A sunny Brazilian Portuguese voice for conversational agents", "feminine",
					"pt-BR", "Brazilian", false),
			new Seed("Japanese Woman Conversational", "A polite, natural Japanese woman for assistants", "feminine",
					"ja-JP", "Tokyo", false),
			new Seed("Chinese Commercial Man", "A polished Mandarin voice for commercials and announcements",
					"masculine", "zh-CN", "Mandarin", false),
			new Seed("Hindi Reporter Woman", "A crisp Hindi news reader", "feminine", "hi-IN", "Standard Hindi", false),
			new Seed("Italian Calm Man", "A relaxed Italian man with a soft, friendly tone", "masculine", "it-IT",
					"Standard Italian", false),
			new Seed("Korean Narrator Woman", "A gentle Korean woman for narration", "feminine", "ko-KR", "Seoul",
					false),
			new Seed("Dutch Man", "A straightforward Dutch man for explainers and tutorials", "masculine", "nl-NL",
					"Standard Dutch", false),
			new Seed("Polish Narrator", "A calm Polish narrator for audiobooks", "masculine", "pl-PL", "Standard Polish",
					false),
			new Seed("Russian Calm Lady", "A calm Russian woman for support and narration", "feminine", "ru-RU",
					"Standard Russian", false),
			new Seed("Swedish Storyteller", "A warm Swedish voice for children's stories", "gender_neutral", "sv-SE",
					"Standard Swedish", false),
			new Seed("Turkish Storyteller Man", "A warm Turkish man for stories and podcasts", "masculine", "tr-TR",
					"Istanbul", false));

	private VoicesSeed() {
	}

	/**
	 * Add the library to a store, unless it is already there.
	 * @param voices the voice store
	 */
	static void seed(ResourceStore voices) {
		if (voices.contains(BARBERSHOP_MAN)) {
			return;
		}
		for (int i = 0; i < LIBRARY.size(); i++) {
			voices.add(LIBRARY.get(i).toJson(FIRST_CREATED.plus(i * 3L, ChronoUnit.DAYS)));
		}
	}

	static String idOf(String name) {
		if (name.equals("Barbershop Man")) {
			return BARBERSHOP_MAN;
		}
		return UUID.nameUUIDFromBytes(("cartesia-simulator-voice:" + name).getBytes(StandardCharsets.UTF_8))
			.toString();
	}

	private record Seed(String name, String description, @Nullable String gender, String locale, String accent,
			boolean starred) {

		ObjectNode toJson(Instant createdAt) {
			String id = idOf(this.name);
			ObjectNode voice = ResourceStore.object();
			voice.put("id", id);
			voice.putNull("user_id");
			voice.put("is_owner", false);
			voice.put("is_public", true);
			voice.put("name", this.name);
			voice.put("description", this.description);
			voice.put("gender", this.gender);
			voice.put("created_at", createdAt.toString());
			voice.set("embedding", VoicesEmbeddings.toJson(VoicesEmbeddings.of(id)));
			voice.put("is_starred", this.starred);
			voice.put("language", this.locale.substring(0, 2));
			ObjectNode locale = ResourceStore.object();
			locale.put("locale", this.locale);
			locale.put("is_native", true);
			voice.set("locales", ResourceStore.array().add(locale));
			voice.put("country", this.locale.substring(3));
			voice.put("accent", this.accent);
			voice.put("tagline", "");
			return voice;
		}

	}

}
