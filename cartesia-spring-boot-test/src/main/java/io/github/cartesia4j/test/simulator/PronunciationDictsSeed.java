package io.github.cartesia4j.test.simulator;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The pronunciation dictionary every simulator starts with, so that a list is never empty
 * on a fresh simulator.
 *
 * @author cartesia4j
 */
final class PronunciationDictsSeed {

	/**
	 * Owner of every simulated dictionary: the simulated account.
	 */
	static final String OWNER_ID = "user_simulated_7c2e9a41";

	static final String BRANDS_ID = "pdict_simulated_brand_names";

	private PronunciationDictsSeed() {
	}

	/**
	 * Add the seed dictionary unless it is already there.
	 * @param store the pronunciation dictionaries
	 */
	static void seed(ResourceStore store) {
		if (store.contains(BRANDS_ID)) {
			return;
		}
		ArrayNode items = ResourceStore.array();
		items.add(item("Cartesia", "kar-TEE-zha"));
		items.add(item("SQL", "sequel").put("case_sensitive", true));
		items.add(item("nginx", "engine x"));
		ObjectNode dict = ResourceStore.object()
			.put("id", BRANDS_ID)
			.put("name", "Brand names")
			.put("owner_id", OWNER_ID)
			.put("pinned", false);
		dict.set("items", items);
		dict.put("created_at", "2025-04-16T09:30:00Z");
		store.add(dict);
	}

	private static ObjectNode item(String text, String alias) {
		return ResourceStore.object().put("text", text).put("alias", alias);
	}

}
