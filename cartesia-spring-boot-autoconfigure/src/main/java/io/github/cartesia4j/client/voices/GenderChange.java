package io.github.cartesia4j.client.voices;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * A change of a voice's gender in an update: set it to a value, or reset it to the default,
 * which sends {@code "gender": null}. An update without a {@code GenderChange} leaves the
 * gender as it is and does not send the field.
 *
 * @param value the new gender, or {@code null} to reset it
 * @author cartesia4j
 * @since 0.1.0
 */
public record GenderChange(@JsonValue @Nullable GenderPresentation value) {

	private static final GenderChange RESET = new GenderChange(null);

	/**
	 * Set the gender.
	 * @param gender the new gender
	 * @return the change
	 */
	public static GenderChange to(GenderPresentation gender) {
		if (gender == null) {
			throw new IllegalArgumentException("'gender' must not be null: use GenderChange.reset() to reset it");
		}
		return new GenderChange(gender);
	}

	/**
	 * Reset the gender to the API's default ({@code "gender": null}).
	 * @return the change
	 */
	public static GenderChange reset() {
		return RESET;
	}

	/**
	 * Whether this change resets the gender.
	 * @return {@code true} for a reset
	 */
	public boolean isReset() {
		return this.value == null;
	}

}
