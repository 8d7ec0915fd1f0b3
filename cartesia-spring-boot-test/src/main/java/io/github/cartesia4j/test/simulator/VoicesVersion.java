package io.github.cartesia4j.test.simulator;

import org.jspecify.annotations.Nullable;

/**
 * The {@code Cartesia-Version} of a voices request and what the voices API looks like on it:
 * a bare array from {@code GET /voices} before 2024-11-13, the legacy create and mix up to
 * 2024-11-13, {@code gender} from 2025-04-16, locales and previews from 2025-11-04, and access,
 * visibility and tagline from 2026-08-14.
 *
 * @param value the version, for example {@code 2025-11-04}
 * @author cartesia4j
 */
record VoicesVersion(String value) {

	static final String LAST_LEGACY = "2024-11-13";

	static final String GENDER_SINCE = "2025-04-16";

	static final String LOCALES_SINCE = "2025-11-04";

	static final String ACCESS_SINCE = "2026-08-14";

	static VoicesVersion of(SimulatorExchange exchange) {
		String version = exchange.apiVersion();
		return new VoicesVersion((version != null) ? version.trim() : CartesiaSimulator.API_VERSION);
	}

	boolean before(String other) {
		return this.value.compareTo(other) < 0;
	}

	boolean atLeast(String other) {
		return !before(other);
	}

	boolean bareList() {
		return before(LAST_LEGACY);
	}

	boolean legacy() {
		return this.value.compareTo(LAST_LEGACY) <= 0;
	}

	/**
	 * Fail with the API's 404 unless the version still has a legacy operation.
	 * @param operation the operation, for example {@code POST /voices/mix}
	 * @param replacement what to use instead on newer versions
	 */
	void requireLegacy(String operation, @Nullable String replacement) {
		if (!legacy()) {
			throw SimulatorErrors.notFound(operation + " is not available on Cartesia-Version " + this.value
					+ ": it was removed after " + LAST_LEGACY + ". Send 'Cartesia-Version: " + LAST_LEGACY + "'"
					+ ((replacement != null) ? " or use " + replacement : "") + ".");
		}
	}

}
