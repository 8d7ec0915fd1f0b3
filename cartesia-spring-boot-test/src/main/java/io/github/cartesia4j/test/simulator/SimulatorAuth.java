package io.github.cartesia4j.test.simulator;

import java.util.regex.Pattern;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import org.jspecify.annotations.Nullable;

/**
 * Checks credentials and the {@code Cartesia-Version} header the way the API does: an API
 * key in {@code Authorization: Bearer <key>} or in {@code X-API-Key}.
 *
 * @author cartesia4j
 */
final class SimulatorAuth {

	static final String VERSION_HEADER = "Cartesia-Version";

	static final String API_KEY_HEADER = "X-API-Key";

	private static final Pattern VERSION = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final String BEARER = "bearer ";

	private final @Nullable String apiKey;

	SimulatorAuth(@Nullable String apiKey) {
		this.apiKey = apiKey;
	}

	/**
	 * Check the credentials, then the API version.
	 * @param headers the request headers
	 * @throws SimulatorException (401) for a missing or wrong key, (400) for a missing or
	 * malformed version
	 */
	void check(HttpHeaders headers) {
		checkCredential(credential(headers));
		checkVersion(headers.get(VERSION_HEADER));
	}

	void checkCredential(@Nullable String credential) {
		if (credential == null || credential.isBlank()) {
			throw SimulatorErrors.unauthorized("Missing API key: send 'Authorization: Bearer <api key>' or '"
					+ API_KEY_HEADER + ": <api key>'");
		}
		if (!AuthTokenRegistry.of(this).verify(credential) && this.apiKey != null && !this.apiKey.equals(credential)) {
			throw SimulatorErrors.unauthorized("Invalid API key");
		}
	}

	void checkVersion(@Nullable String version) {
		if (version == null || version.isBlank()) {
			throw SimulatorErrors.badRequest(VERSION_HEADER + " header is required");
		}
		if (!VERSION.matcher(version.trim()).matches()) {
			throw SimulatorErrors
				.badRequest(VERSION_HEADER + " must be a date such as " + CartesiaSimulator.API_VERSION);
		}
	}

	private static @Nullable String credential(HttpHeaders headers) {
		String authorization = headers.get(HttpHeaderNames.AUTHORIZATION);
		if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return authorization.substring(BEARER.length()).trim();
		}
		String apiKey = headers.get(API_KEY_HEADER);
		return (apiKey != null) ? apiKey.trim() : null;
	}

}
