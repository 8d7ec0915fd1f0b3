package io.github.cartesia4j.client.finetunes;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * Where a fine-tune is in its life: {@code created}, {@code training}, then
 * {@code completed} or {@code failed}. A status this client does not know reads as
 * {@link #UNKNOWN}.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public enum FineTuneStatus {

	/**
	 * Created, training not started yet.
	 */
	CREATED("created"),

	/**
	 * Training.
	 */
	TRAINING("training"),

	/**
	 * Trained: its voices can be listed.
	 */
	COMPLETED("completed"),

	/**
	 * Training failed.
	 */
	FAILED("failed"),

	/**
	 * A status newer than this client.
	 */
	UNKNOWN("unknown");

	private final String value;

	FineTuneStatus(String value) {
		this.value = value;
	}

	/**
	 * Return the value on the wire.
	 * @return the value, for example {@code training}
	 */
	@JsonValue
	public String value() {
		return this.value;
	}

	/**
	 * Return whether the fine-tune will not change any more ({@link #COMPLETED} or
	 * {@link #FAILED}).
	 * @return whether the status is final
	 */
	public boolean isTerminal() {
		return this == COMPLETED || this == FAILED;
	}

	/**
	 * Read a wire value, case-insensitively.
	 * @param value the value
	 * @return the status, {@link #UNKNOWN} for a value this client does not know
	 */
	@JsonCreator
	public static FineTuneStatus of(@Nullable String value) {
		if (value != null) {
			String normalized = value.trim().toLowerCase(Locale.ROOT);
			for (FineTuneStatus status : values()) {
				if (status.value.equals(normalized)) {
					return status;
				}
			}
		}
		return UNKNOWN;
	}

}
