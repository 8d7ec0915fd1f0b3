package io.github.cartesia4j.client.voices;

/**
 * Legacy clone {@code mode} (API versions 2024-06-10 and 2024-11-13): similarity clones want
 * about 5 seconds of audio, stability clones 10 to 20 seconds. Newer versions only make
 * similarity clones and take no mode.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public enum CloneMode {

	/**
	 * Closer to the source clip, background noise included.
	 */
	SIMILARITY("similarity"),

	/**
	 * More stable, less similar to the source clip.
	 */
	STABILITY("stability");

	private final String value;

	CloneMode(String value) {
		this.value = value;
	}

	/**
	 * Return the wire value.
	 * @return the value, for example {@code similarity}
	 */
	public String value() {
		return this.value;
	}

	@Override
	public String toString() {
		return this.value;
	}

}
