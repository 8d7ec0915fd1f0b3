package io.github.cartesia4j.client.tts;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Audio container of an output format.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public enum Container {

	/**
	 * Headerless PCM samples.
	 */
	RAW("raw"),

	/**
	 * RIFF/WAVE with a header.
	 */
	WAV("wav"),

	/**
	 * MPEG-1/2 layer III.
	 */
	MP3("mp3");

	private final String value;

	Container(String value) {
		this.value = value;
	}

	/**
	 * Return the wire value.
	 * @return the value, for example {@code wav}
	 */
	@JsonValue
	public String value() {
		return this.value;
	}

}
