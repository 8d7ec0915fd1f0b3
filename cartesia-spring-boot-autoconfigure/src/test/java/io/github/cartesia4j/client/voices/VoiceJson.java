package io.github.cartesia4j.client.voices;

/**
 * Realistic voice bodies as the API sends them, each with a field the client does not know.
 */
final class VoiceJson {

	static final String BARBERSHOP_ID = "694f9389-aac1-45b6-b726-9d9369183238";

	private VoiceJson() {
	}

	static String voice(String id, String name) {
		return """
				{"id":"%s","is_owner":false,"is_public":true,"name":"%s",
				 "description":"A warm, gravelly baritone with an old-time barbershop charm.",
				 "gender":"masculine","created_at":"2024-05-04T18:59:01.417Z","language":"en",
				 "locales":[{"locale":"en-US","is_native":true},{"locale":"en-GB","is_native":false}],
				 "country":"US","accent":"American","preview_file_url":null,"favourite_colour":"teal"}
				""".formatted(id, name);
	}

	static String page(boolean hasMore, String nextPage, String... voices) {
		String next = (nextPage != null) ? "\"" + nextPage + "\"" : "null";
		return "{\"data\":[" + String.join(",", voices) + "],\"has_more\":" + hasMore + ",\"next_page\":" + next
				+ ",\"total_hint\":42}";
	}

	static String metadata(String id, String name, String language) {
		return """
				{"id":"%s","user_id":"user_2b8f","is_public":false,"name":"%s","description":"Cloned in a quiet room",
				 "created_at":"2025-08-13T12:00:00Z","language":"%s","moderation":"passed"}
				""".formatted(id, name, language);
	}

}
