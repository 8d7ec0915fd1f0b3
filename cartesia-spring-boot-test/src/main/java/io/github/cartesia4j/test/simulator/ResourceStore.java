package io.github.cartesia4j.test.simulator;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An in-memory collection of one resource kind (datasets, voices, ...), kept in creation
 * order, with the API's cursor pagination and its 404 for unknown ids. Thread-safe.
 *
 * @author cartesia4j
 */
final class ResourceStore {

	static final int DEFAULT_LIMIT = 10;

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final String kind;

	private final Map<String, ObjectNode> items = new LinkedHashMap<>();

	/**
	 * Create a store.
	 * @param kind the resource name used in error messages, for example {@code Dataset}
	 */
	ResourceStore(String kind) {
		this.kind = kind;
	}

	static ObjectNode object() {
		return MAPPER.createObjectNode();
	}

	static ArrayNode array() {
		return MAPPER.createArrayNode();
	}

	static String now() {
		return Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
	}

	/**
	 * Add an item, giving it an {@code id} (unless it has one) and a {@code created_at}.
	 * @param item the item
	 * @return the stored item
	 */
	synchronized ObjectNode add(ObjectNode item) {
		if (!item.hasNonNull("id")) {
			item.put("id", SimulatorIds.resourceId());
		}
		if (!item.has("created_at")) {
			item.put("created_at", now());
		}
		this.items.put(item.get("id").asString(), item);
		return item;
	}

	synchronized ObjectNode get(@Nullable String id) {
		ObjectNode item = (id != null) ? this.items.get(id) : null;
		if (item == null) {
			throw SimulatorErrors.notFound(this.kind + " not found: " + id);
		}
		return item.deepCopy();
	}

	synchronized @Nullable ObjectNode find(@Nullable String id) {
		ObjectNode item = (id != null) ? this.items.get(id) : null;
		return (item != null) ? item.deepCopy() : null;
	}

	synchronized boolean contains(@Nullable String id) {
		return id != null && this.items.containsKey(id);
	}

	synchronized ObjectNode update(@Nullable String id, Consumer<ObjectNode> change) {
		ObjectNode item = (id != null) ? this.items.get(id) : null;
		if (item == null) {
			throw SimulatorErrors.notFound(this.kind + " not found: " + id);
		}
		change.accept(item);
		return item.deepCopy();
	}

	synchronized void remove(@Nullable String id) {
		if (id == null || this.items.remove(id) == null) {
			throw SimulatorErrors.notFound(this.kind + " not found: " + id);
		}
	}

	synchronized List<ObjectNode> all(Predicate<ObjectNode> filter) {
		List<ObjectNode> matching = new ArrayList<>();
		this.items.values().stream().filter(filter).forEach((item) -> matching.add(item.deepCopy()));
		return matching;
	}

	/**
	 * Answer a list request with one page: {@code limit} (1 to 100, default 10),
	 * {@code starting_after} and {@code ending_before} from the query; the body is
	 * {@code {"data": [...], "has_more": ..., "next_page": ...}}.
	 * @param exchange the request
	 * @param filter which items to list
	 * @return the page JSON
	 */
	byte[] page(SimulatorExchange exchange, Predicate<ObjectNode> filter) {
		return SimulatorJson.write(pageNode(exchange, all(filter), true));
	}

	/**
	 * Build one page of the given items.
	 * @param exchange the request, for the paging parameters
	 * @param items all matching items, in order
	 * @param withHasMore whether the page carries {@code has_more}
	 * @return the page object
	 */
	static ObjectNode pageNode(SimulatorExchange exchange, List<? extends JsonNode> items, boolean withHasMore) {
		int limit = limit(exchange.queryParam("limit"));
		String after = exchange.queryParam("starting_after");
		String before = exchange.queryParam("ending_before");
		int from = 0;
		int to = items.size();
		if (after != null) {
			from = indexOf(items, after) + 1;
		}
		if (before != null) {
			to = indexOf(items, before);
			from = Math.max(0, to - limit);
		}
		int end = Math.min(to, from + limit);
		ArrayNode data = array();
		items.subList(from, end).forEach(data::add);
		boolean hasMore = end < to;
		ObjectNode page = object();
		page.set("data", data);
		if (withHasMore) {
			page.put("has_more", hasMore);
		}
		if (hasMore && end > from) {
			page.put("next_page", items.get(end - 1).get("id").asString());
		}
		else {
			page.putNull("next_page");
		}
		return page;
	}

	private static int indexOf(List<? extends JsonNode> items, String id) {
		for (int i = 0; i < items.size(); i++) {
			if (id.equals(items.get(i).get("id").asString())) {
				return i;
			}
		}
		throw SimulatorErrors.badRequest("unknown cursor: " + id);
	}

	private static int limit(@Nullable String value) {
		if (value == null) {
			return DEFAULT_LIMIT;
		}
		try {
			int limit = Integer.parseInt(value);
			if (limit >= 1 && limit <= 100) {
				return limit;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		throw SimulatorErrors.badRequest("limit must be an integer between 1 and 100, got " + value);
	}

}
