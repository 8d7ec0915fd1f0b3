package io.github.cartesia4j.client.agents;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Read-only copies of the lists and maps of response records: a missing or {@code null}
 * collection becomes an empty one, and {@code null} elements sent by the API are kept
 * rather than failing the response.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
final class Immutables {

	private Immutables() {
	}

	static <T> List<T> list(@Nullable List<T> values) {
		return (values != null) ? Collections.unmodifiableList(new ArrayList<>(values)) : List.of();
	}

	static <K, V> Map<K, V> map(@Nullable Map<K, V> values) {
		return (values != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(values)) : Map.of();
	}

}
