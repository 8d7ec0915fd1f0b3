package io.github.cartesia4j.client.voices;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a voice presents: the {@code gender} of a voice, a list filter and an update.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public enum GenderPresentation {

	/**
	 * A masculine voice.
	 */
	MASCULINE("masculine"),

	/**
	 * A feminine voice.
	 */
	FEMININE("feminine"),

	/**
	 * A gender-neutral voice.
	 */
	GENDER_NEUTRAL("gender_neutral");

	private final String value;

	GenderPresentation(String value) {
		this.value = value;
	}

	/**
	 * Return the wire value.
	 * @return the value, for example {@code gender_neutral}
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
