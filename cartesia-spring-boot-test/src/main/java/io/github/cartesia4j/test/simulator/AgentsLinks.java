package io.github.cartesia4j.test.simulator;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the simulator remembers about an agent beyond its summary: its phone numbers and the
 * metrics run on its calls. Thread-safe.
 *
 * @author cartesia4j
 */
final class AgentsLinks {

	private final Map<String, ArrayNode> phoneNumbers = new LinkedHashMap<>();

	private final Map<String, Set<String>> metrics = new LinkedHashMap<>();

	synchronized void addPhoneNumber(String agentId, ObjectNode phoneNumber) {
		this.phoneNumbers.computeIfAbsent(agentId, (id) -> ResourceStore.array()).add(phoneNumber.deepCopy());
	}

	synchronized ArrayNode phoneNumbers(String agentId) {
		ArrayNode numbers = this.phoneNumbers.get(agentId);
		return (numbers != null) ? numbers.deepCopy() : ResourceStore.array();
	}

	synchronized void addMetric(String agentId, String metricId) {
		this.metrics.computeIfAbsent(agentId, (id) -> new LinkedHashSet<>()).add(metricId);
	}

	synchronized boolean removeMetric(String agentId, String metricId) {
		Set<String> added = this.metrics.get(agentId);
		return added != null && added.remove(metricId);
	}

	synchronized void forget(String agentId) {
		this.phoneNumbers.remove(agentId);
		this.metrics.remove(agentId);
	}

}
