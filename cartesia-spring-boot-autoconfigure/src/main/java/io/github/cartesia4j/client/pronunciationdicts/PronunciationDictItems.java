package io.github.cartesia4j.client.pronunciationdicts;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.github.cartesia4j.client.core.Arguments;

/**
 * Checks the {@code items} of a create or update request, naming the failing element.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
final class PronunciationDictItems {

	private PronunciationDictItems() {
	}

	static @Nullable List<PronunciationDictItem> check(@Nullable List<PronunciationDictItem> items) {
		if (items == null) {
			return null;
		}
		List<PronunciationDictItem> checked = new ArrayList<>(items.size());
		for (int i = 0; i < items.size(); i++) {
			PronunciationDictItem item = Arguments.requireNonNull(items.get(i), "items[" + i + "]");
			Arguments.requireText(item.text(), "items[" + i + "].text");
			Arguments.requireText(item.alias(), "items[" + i + "].alias");
			checked.add(item);
		}
		return List.copyOf(checked);
	}

}
