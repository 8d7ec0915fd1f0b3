package io.github.cartesia4j.client.stt;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Level of detail of the timestamps a transcription carries
 * ({@code timestamp_granularities[]}).
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public enum TimestampGranularity {

	/**
	 * Start and end time of every word.
	 */
	WORD("word");

	private final String value;

	TimestampGranularity(String value) {
		this.value = value;
	}

	/**
	 * Return the wire value.
	 * @return the value, for example {@code word}
	 */
	@JsonValue
	public String value() {
		return this.value;
	}

}
