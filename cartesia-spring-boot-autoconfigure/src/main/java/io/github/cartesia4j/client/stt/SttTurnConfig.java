package io.github.cartesia4j.client.stt;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import io.github.cartesia4j.client.core.Arguments;

/**
 * Turn detection thresholds to change in the middle of a session on
 * {@code GET /stt/turns/websocket}, sent as {@code {"type": "config", "turn": {...}}}. Absent
 * values keep their current setting; at least one must be set. Out-of-range values fail on
 * construction with an {@link IllegalArgumentException} naming the field.
 *
 * @param startThreshold the speech likelihood above which a turn starts, 0.5 to 0.9 (API
 * default 0.8)
 * @param eagerEndThreshold the likelihood of more speech below which a
 * {@link SttTurnEvent.EagerEnd} is sent, 0.3 to 0.6 (API default 0.4)
 * @param endThreshold the likelihood of more speech below which the turn ends, 0.05 to 0.5
 * (API default 0.2)
 * @param endTimeoutMs the silence in milliseconds after which the turn ends anyway, 640 to
 * 11200 (API default 5600)
 * @author cartesia4j
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SttTurnConfig(@JsonProperty("start_threshold") @Nullable Double startThreshold,
		@JsonProperty("eager_end_threshold") @Nullable Double eagerEndThreshold,
		@JsonProperty("end_threshold") @Nullable Double endThreshold,
		@JsonProperty("end_timeout_ms") @Nullable Integer endTimeoutMs) {

	public SttTurnConfig {
		check(startThreshold, eagerEndThreshold, endThreshold, endTimeoutMs, "turn.");
		if (startThreshold == null && eagerEndThreshold == null && endThreshold == null && endTimeoutMs == null) {
			throw new IllegalArgumentException("'turn' must set at least one threshold or the timeout");
		}
	}

	/**
	 * Start building a configuration.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Check the turn detection settings against the ranges the API accepts.
	 * @param start the start threshold
	 * @param eagerEnd the eager end threshold
	 * @param end the end threshold
	 * @param endTimeoutMs the end timeout
	 * @param prefix the prefix of the field names in messages: {@code turn_} for query
	 * parameters, {@code turn.} for the config command
	 */
	static void check(@Nullable Double start, @Nullable Double eagerEnd, @Nullable Double end,
			@Nullable Integer endTimeoutMs, String prefix) {
		threshold(start, 0.5, 0.9, prefix + "start_threshold");
		threshold(eagerEnd, 0.3, 0.6, prefix + "eager_end_threshold");
		threshold(end, 0.05, 0.5, prefix + "end_threshold");
		Arguments.requireRange(endTimeoutMs, 640, 11200, prefix + "end_timeout_ms");
	}

	private static void threshold(@Nullable Double value, double min, double max, String field) {
		if (value != null && value.isNaN()) {
			throw new IllegalArgumentException("'" + field + "' must be a number, got NaN");
		}
		Arguments.requireRange(value, min, max, field);
	}

	/**
	 * Builder for {@link SttTurnConfig}.
	 */
	public static final class Builder {

		private @Nullable Double startThreshold;

		private @Nullable Double eagerEndThreshold;

		private @Nullable Double endThreshold;

		private @Nullable Integer endTimeoutMs;

		private Builder() {
		}

		/**
		 * Set the speech likelihood above which a turn starts.
		 * @param startThreshold 0.5 to 0.9
		 * @return this builder
		 */
		public Builder startThreshold(@Nullable Double startThreshold) {
			this.startThreshold = startThreshold;
			return this;
		}

		/**
		 * Set the likelihood of more speech below which an eager end is sent.
		 * @param eagerEndThreshold 0.3 to 0.6
		 * @return this builder
		 */
		public Builder eagerEndThreshold(@Nullable Double eagerEndThreshold) {
			this.eagerEndThreshold = eagerEndThreshold;
			return this;
		}

		/**
		 * Set the likelihood of more speech below which the turn ends.
		 * @param endThreshold 0.05 to 0.5
		 * @return this builder
		 */
		public Builder endThreshold(@Nullable Double endThreshold) {
			this.endThreshold = endThreshold;
			return this;
		}

		/**
		 * Set the silence after which the turn ends anyway.
		 * @param endTimeoutMs 640 to 11200 milliseconds
		 * @return this builder
		 */
		public Builder endTimeoutMs(@Nullable Integer endTimeoutMs) {
			this.endTimeoutMs = endTimeoutMs;
			return this;
		}

		/**
		 * Build the configuration.
		 * @return the configuration
		 * @throws IllegalArgumentException if a value is out of range or none is set
		 */
		public SttTurnConfig build() {
			return new SttTurnConfig(this.startThreshold, this.eagerEndThreshold, this.endThreshold,
					this.endTimeoutMs);
		}

	}

}
