package io.github.cartesia4j.client.pronunciationdicts;

/**
 * Response bodies shaped like the API's, with fields the client does not know.
 */
final class PronunciationDictsJson {

	static final String BRANDS = """
			{"id":"pdict_8f2c41","name":"Brand names","owner_id":"user_2b7f90","pinned":false,
			 "items":[{"text":"Cartesia","alias":"kar-TEE-zha","pronunciation":"legacy-field"},
			          {"text":"SQL","alias":"sequel","case_sensitive":true}],
			 "created_at":"2025-08-13T12:00:00Z","description":"not in the schema"}""";

	private PronunciationDictsJson() {
	}

	static String dict(String id) {
		return """
				{"id":"%s","name":"Dictionary %s","owner_id":"user_2b7f90","pinned":false,"items":[],
				 "created_at":"2025-08-13T12:00:00Z"}""".formatted(id, id);
	}

	static String page(boolean hasMore, String... ids) {
		StringBuilder data = new StringBuilder();
		for (String id : ids) {
			data.append((data.length() > 0) ? "," : "").append(dict(id));
		}
		String next = (hasMore && ids.length > 0) ? "\"" + ids[ids.length - 1] + "\"" : "null";
		return "{\"data\":[" + data + "],\"has_more\":" + hasMore + ",\"next_page\":" + next
				+ ",\"total\":\"unknown field\"}";
	}

}
