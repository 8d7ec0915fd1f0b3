package io.github.cartesia4j.test.simulator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * The filters of the metric results list and export: {@code agent_id},
 * {@code deployment_id}, {@code metric_id}, {@code call_id} and the inclusive
 * {@code start_date} and {@code end_date} bounds on the creation time.
 *
 * @param agentId the agent, or {@code null}
 * @param deploymentId the deployment, or {@code null}
 * @param metricId the metric, or {@code null}
 * @param callId the call, or {@code null}
 * @param start the earliest creation time, or {@code null}
 * @param end the latest creation time, or {@code null}
 * @author cartesia4j
 */
record AgentsMetricFilter(@Nullable String agentId, @Nullable String deploymentId, @Nullable String metricId,
		@Nullable String callId, @Nullable Instant start, @Nullable Instant end) {

	/**
	 * Read the filters of a request.
	 * @param exchange the request
	 * @return the filters
	 * @throws SimulatorException (400) when a date is not an ISO-8601 date-time
	 */
	static AgentsMetricFilter from(SimulatorExchange exchange) {
		return new AgentsMetricFilter(exchange.queryParam("agent_id"), exchange.queryParam("deployment_id"),
				exchange.queryParam("metric_id"), exchange.queryParam("call_id"),
				date(exchange.queryParam("start_date"), "start_date"),
				date(exchange.queryParam("end_date"), "end_date"));
	}

	/**
	 * Return the matching results, in order, as the API shows them.
	 * @param results the store of metric results
	 * @return the matching results
	 */
	List<ObjectNode> apply(ResourceStore results) {
		List<ObjectNode> matching = results.all(this::matches);
		matching.forEach((result) -> result.remove("created_at"));
		return matching;
	}

	private boolean matches(ObjectNode result) {
		if (!same(this.agentId, result, "agentId") || !same(this.deploymentId, result, "deploymentId")
				|| !same(this.metricId, result, "metricId") || !same(this.callId, result, "callId")) {
			return false;
		}
		Instant created = Instant.parse(result.get("createdAt").asString());
		return (this.start == null || !created.isBefore(this.start))
				&& (this.end == null || !created.isAfter(this.end));
	}

	private static boolean same(@Nullable String expected, ObjectNode result, String field) {
		return expected == null || expected.equals(result.path(field).asString());
	}

	private static @Nullable Instant date(@Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
			}
			catch (DateTimeParseException notLocal) {
				try {
					return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
				}
				catch (DateTimeParseException notDate) {
					throw SimulatorErrors.badRequest(field + " must be an ISO 8601 date-time, got " + value);
				}
			}
		}
	}

}
