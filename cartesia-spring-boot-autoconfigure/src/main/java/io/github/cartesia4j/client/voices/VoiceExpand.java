package io.github.cartesia4j.client.voices;

/**
 * Values of the {@code expand[]} query parameter of list and get. Which ones an API version
 * accepts differs, so requests take plain strings.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public final class VoiceExpand {

	/**
	 * Add {@code preview_file_url} (2025-11-04 and newer).
	 */
	public static final String PREVIEW_FILE_URL = "preview_file_url";

	/**
	 * Add {@code is_starred} (2024-11-13 and 2025-04-16).
	 */
	public static final String IS_STARRED = "is_starred";

	/**
	 * Add {@code embedding} (2024-11-13).
	 */
	public static final String EMBEDDING = "embedding";

	private VoiceExpand() {
	}

}
