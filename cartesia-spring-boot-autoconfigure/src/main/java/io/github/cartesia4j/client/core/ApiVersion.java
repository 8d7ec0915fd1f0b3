package io.github.cartesia4j.client.core;

import java.util.regex.Pattern;

/**
 * Values of the {@code Cartesia-Version} header and the rules that depend on them.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public final class ApiVersion {

	/**
	 * Version sent when none is configured.
	 */
	public static final String DEFAULT = "2025-11-04";

	/**
	 * First version that authenticates with {@code Authorization: Bearer}; older versions use
	 * {@code X-API-Key}.
	 */
	public static final String BEARER_AUTH_SINCE = "2025-04-16";

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private ApiVersion() {
	}

	/**
	 * Whether a value looks like an API version ({@code YYYY-MM-DD}).
	 * @param version the value
	 * @return {@code true} if valid
	 */
	public static boolean isValid(String version) {
		return DATE.matcher(version).matches();
	}

	/**
	 * Whether {@code version} is older than {@code other}. Dates compare as text.
	 * @param version the version to test
	 * @param other the version to compare with
	 * @return {@code true} if {@code version} is strictly older
	 */
	public static boolean isBefore(String version, String other) {
		return version.compareTo(other) < 0;
	}

}
