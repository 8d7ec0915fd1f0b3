package io.github.cartesia4j.test.simulator;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The faults scripted on a {@link CartesiaSimulator}: each rule matches a method and path and
 * applies its fault to the next {@code times} matching requests (or to every one). Rules are
 * tried in the order they were added.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public final class SimulatorFaults {

	private final List<Rule> rules = new ArrayList<>();

	SimulatorFaults() {
	}

	/**
	 * Apply a fault to the next matching request only.
	 * @param method the HTTP method, or {@code *} for any
	 * @param path the path without query, for example {@code /tts/bytes}, or {@code *} for any
	 * @param fault the fault
	 * @return this registry
	 */
	public SimulatorFaults next(String method, String path, SimulatorFault fault) {
		return times(1, method, path, fault);
	}

	/**
	 * Apply a fault to the next {@code count} matching requests.
	 * @param count how many requests
	 * @param method the HTTP method, or {@code *} for any
	 * @param path the path without query, or {@code *} for any
	 * @param fault the fault
	 * @return this registry
	 */
	public SimulatorFaults times(int count, String method, String path, SimulatorFault fault) {
		if (count < 1) {
			throw new IllegalArgumentException("count must be positive");
		}
		synchronized (this.rules) {
			this.rules.add(new Rule(method, path, fault, count));
		}
		return this;
	}

	/**
	 * Apply a fault to every matching request until {@link #clear()}.
	 * @param method the HTTP method, or {@code *} for any
	 * @param path the path without query, or {@code *} for any
	 * @param fault the fault
	 * @return this registry
	 */
	public SimulatorFaults always(String method, String path, SimulatorFault fault) {
		synchronized (this.rules) {
			this.rules.add(new Rule(method, path, fault, -1));
		}
		return this;
	}

	/**
	 * Remove every rule.
	 */
	public void clear() {
		synchronized (this.rules) {
			this.rules.clear();
		}
	}

	@Nullable SimulatorFault take(String method, String path) {
		synchronized (this.rules) {
			Iterator<Rule> iterator = this.rules.iterator();
			while (iterator.hasNext()) {
				Rule rule = iterator.next();
				if (rule.matches(method, path)) {
					if (rule.remaining > 0 && --rule.remaining == 0) {
						iterator.remove();
					}
					return rule.fault;
				}
			}
			return null;
		}
	}

	private static final class Rule {

		private final String method;

		private final String path;

		private final SimulatorFault fault;

		private int remaining;

		Rule(String method, String path, SimulatorFault fault, int remaining) {
			this.method = method;
			this.path = normalize(path);
			this.fault = fault;
			this.remaining = remaining;
		}

		boolean matches(String method, String path) {
			return ("*".equals(this.method) || this.method.equalsIgnoreCase(method))
					&& ("*".equals(this.path) || this.path.equals(normalize(path)));
		}

		private static String normalize(String path) {
			return (path.length() > 1 && path.endsWith("/")) ? path.substring(0, path.length() - 1) : path;
		}

	}

}
