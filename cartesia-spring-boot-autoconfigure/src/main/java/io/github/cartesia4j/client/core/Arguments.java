package io.github.cartesia4j.client.core;

import org.jspecify.annotations.Nullable;

/**
 * Argument checks that fail with an {@link IllegalArgumentException} naming the field, before
 * any request is sent.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public final class Arguments {

	private Arguments() {
	}

	/**
	 * Require a non-blank text value.
	 * @param value the value
	 * @param field the field name used in the message
	 * @return the value
	 */
	public static String requireText(@Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("'" + field + "' must not be blank");
		}
		return value;
	}

	/**
	 * Require a non-null value.
	 * @param <T> the type
	 * @param value the value
	 * @param field the field name used in the message
	 * @return the value
	 */
	public static <T> T requireNonNull(@Nullable T value, String field) {
		if (value == null) {
			throw new IllegalArgumentException("'" + field + "' must not be null");
		}
		return value;
	}

	/**
	 * Require a value within inclusive bounds, when present.
	 * @param value the value, may be {@code null}
	 * @param min the lower bound
	 * @param max the upper bound
	 * @param field the field name used in the message
	 */
	public static void requireRange(@Nullable Number value, double min, double max, String field) {
		if (value != null && (value.doubleValue() < min || value.doubleValue() > max)) {
			throw new IllegalArgumentException("'" + field + "' must be between " + format(min) + " and "
					+ format(max) + ", got " + value);
		}
	}

	private static String format(double value) {
		return (value == Math.rint(value)) ? Long.toString((long) value) : Double.toString(value);
	}

}
