package io.github.cartesia4j.test.simulator;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The turn detection settings of a {@code GET /stt/turns/websocket} session, from the query
 * ({@code turn_start_threshold}, ...) and later {@code config} commands, and the durations of
 * sound and silence they stand for. The simulator models the likelihood that speech has
 * started as {@code 1 - exp(-sound / 25 ms)} and the likelihood that the speaker carries on as
 * {@code exp(-silence / 500 ms)}: a turn starts once the first crosses the start threshold,
 * and eagerly ends, then ends, once the second falls below the eager end and end thresholds
 * (the end after {@code end_timeout_ms} of silence at the latest). With the API's defaults
 * that is 40 ms of sound, then 458 ms and 805 ms of silence.
 *
 * @author cartesia4j
 */
final class SttTurnsThresholds {

	private static final double ONSET_SECONDS = 0.025;

	private static final double CARRY_ON_SECONDS = 0.5;

	private static final double MIN_SOUND_SECONDS = 0.02;

	private double start = 0.8;

	private double eagerEnd = 0.4;

	private double end = 0.2;

	private double endTimeoutMs = 5600;

	/**
	 * Read the thresholds of the query, keeping the API's defaults for those it leaves out.
	 * @param query the query
	 * @return the thresholds
	 */
	static SttTurnsThresholds of(SttWebSocketQuery query) {
		SttTurnsThresholds thresholds = new SttTurnsThresholds();
		thresholds.set(query.number("turn_start_threshold", 0.5, 0.9),
				query.number("turn_eager_end_threshold", 0.3, 0.6), query.number("turn_end_threshold", 0.05, 0.5),
				query.number("turn_end_timeout_ms", 640, 11200));
		return thresholds;
	}

	/**
	 * Apply the {@code turn} object of a {@code config} command.
	 * @param turn the object
	 */
	void configure(@Nullable JsonNode turn) {
		if (turn == null || !turn.isObject()) {
			throw SimulatorErrors.badRequest("turn is required in a config command and must be an object");
		}
		set(value(turn, "start_threshold", 0.5, 0.9), value(turn, "eager_end_threshold", 0.3, 0.6),
				value(turn, "end_threshold", 0.05, 0.5), value(turn, "end_timeout_ms", 640, 11200));
	}

	long startSamples(int sampleRate) {
		double seconds = Math.max(MIN_SOUND_SECONDS, ONSET_SECONDS * Math.log(1 / (1 - this.start)));
		return Math.round(seconds * sampleRate);
	}

	long eagerEndSamples(int sampleRate) {
		return Math.min(samples(this.eagerEnd, sampleRate), endSamples(sampleRate));
	}

	long endSamples(int sampleRate) {
		return Math.min(samples(this.end, sampleRate), Math.round(this.endTimeoutMs / 1000 * sampleRate));
	}

	private static long samples(double likelihood, int sampleRate) {
		return Math.round(CARRY_ON_SECONDS * Math.log(1 / likelihood) * sampleRate);
	}

	private void set(@Nullable Double start, @Nullable Double eagerEnd, @Nullable Double end,
			@Nullable Double endTimeoutMs) {
		this.start = (start != null) ? start : this.start;
		this.eagerEnd = (eagerEnd != null) ? eagerEnd : this.eagerEnd;
		this.end = (end != null) ? end : this.end;
		this.endTimeoutMs = (endTimeoutMs != null) ? endTimeoutMs : this.endTimeoutMs;
	}

	private static @Nullable Double value(JsonNode turn, String name, double min, double max) {
		JsonNode value = turn.get(name);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isNumber()) {
			throw SimulatorErrors.badRequest("turn." + name + " must be a number");
		}
		return SttWebSocketQuery.within("turn." + name, value.asDouble(), min, max);
	}

}
