package io.github.cartesia4j.client.voices;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Gender of the original speaker of a voice being localized ({@code original_speaker_gender}).
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public enum SpeakerGender {

	/**
	 * A male speaker.
	 */
	MALE("male"),

	/**
	 * A female speaker.
	 */
	FEMALE("female");

	private final String value;

	SpeakerGender(String value) {
		this.value = value;
	}

	/**
	 * Return the wire value.
	 * @return the value, for example {@code female}
	 */
	@JsonValue
	public String value() {
		return this.value;
	}

	@Override
	public String toString() {
		return this.value;
	}

}
