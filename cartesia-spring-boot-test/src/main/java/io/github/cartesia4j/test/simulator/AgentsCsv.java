package io.github.cartesia4j.test.simulator;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Writes metric results as RFC 4180 CSV: a header row, then one row per result, fields
 * quoted when they hold a comma, a quote or a line break, lines ended by CRLF.
 *
 * @author cartesia4j
 */
final class AgentsCsv {

	static final String CONTENT_TYPE = "text/csv; charset=utf-8";

	static final List<String> COLUMNS = List.of("id", "metric_id", "metric_name", "agent_id", "call_id",
			"deployment_id", "status", "result", "value", "json_result", "summary", "run_id", "created_at");

	private static final List<String> FIELDS = List.of("id", "metricId", "metricName", "agentId", "callId",
			"deploymentId", "status", "result", "value", "jsonResult", "summary", "runId", "createdAt");

	private AgentsCsv() {
	}

	static byte[] write(List<? extends JsonNode> results) {
		StringBuilder csv = new StringBuilder();
		row(csv, COLUMNS);
		for (JsonNode result : results) {
			row(csv, FIELDS.stream().map((field) -> text(result.get(field))).toList());
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void row(StringBuilder csv, List<String> values) {
		for (int i = 0; i < values.size(); i++) {
			csv.append((i > 0) ? "," : "").append(quote(values.get(i)));
		}
		csv.append("\r\n");
	}

	private static String text(@Nullable JsonNode value) {
		if (value == null || value.isNull() || value.isMissingNode()) {
			return "";
		}
		return value.isValueNode() ? value.asString() : value.toString();
	}

	private static String quote(String value) {
		if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
			return value;
		}
		return '"' + value.replace("\"", "\"\"") + '"';
	}

}
