package io.github.cartesia4j.test.simulator;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The agents a fresh simulator knows: one support agent with a phone number, two deployments,
 * five calls (four with transcripts), two metrics run on its calls and their results, plus
 * the public templates.
 *
 * @author cartesia4j
 */
final class AgentsSeed {

	static final String AGENT_ID = "agent_sim_acme_support";

	static final String PHONE_NUMBER = "+14155550142";

	static final String PREVIOUS_DEPLOYMENT_ID = "ad_sim_1d4e7b";

	static final String LIVE_DEPLOYMENT_ID = "ad_sim_2f9c05";

	static final String SATISFACTION_METRIC_ID = "am_sim_satisfaction";

	static final String BOOKED_METRIC_ID = "am_sim_booked";

	private AgentsSeed() {
	}

	/**
	 * Add the seed data unless it is already there.
	 * @param state the simulator state
	 * @param links the agents' phone numbers and metrics
	 */
	static void seed(SimulatorState state, AgentsLinks links) {
		if (state.agents.contains(AGENT_ID)) {
			return;
		}
		state.agents.add(agent());
		links.addPhoneNumber(AGENT_ID, ResourceStore.object()
			.put("agent_id", AGENT_ID)
			.put("number", PHONE_NUMBER)
			.put("created_at", "2025-08-10T13:58:12.204Z")
			.put("updated_at", "2025-08-10T13:58:12.204Z")
			.put("is_cartesia_managed", true));
		state.deployments.add(deployment(PREVIOUS_DEPLOYMENT_ID, "inactive", false,
				"3f2a9c1e8b7d6054a1c2e3f4b5a69788d1e2f3a4", "2025-08-10T14:00:00Z", "2025-08-13T18:31:10Z"));
		state.deployments.add(deployment(LIVE_DEPLOYMENT_ID, "deployed", true,
				"9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c", "2025-08-13T18:26:00Z", "2025-08-13T18:31:10Z"));
		state.agentMetrics.add(metric(SATISFACTION_METRIC_ID, "evaluate-user-satisfaction",
				"Evaluate User Satisfaction",
				"Judge how satisfied the caller was with the conversation. Answer HIGH_SATISFACTION when the "
						+ "caller thanked the agent or got what they called for, MEDIUM_SATISFACTION when the "
						+ "caller was neutral and LOW_SATISFACTION when the caller was frustrated.",
				"2025-08-10T15:00:00Z"));
		state.agentMetrics.add(metric(BOOKED_METRIC_ID, "appointment-booked", "Appointment Booked",
				"Did the agent book a technician visit during the call? Answer true or false.",
				"2025-08-10T15:05:00Z"));
		links.addMetric(AGENT_ID, SATISFACTION_METRIC_ID);
		links.addMetric(AGENT_ID, BOOKED_METRIC_ID);
		calls(state);
	}

	/**
	 * Return the public agent templates.
	 * @return the templates
	 */
	static ArrayNode templates() {
		ArrayNode templates = ResourceStore.array();
		templates.add(template("basic-chat", "Basic Chat", "A friendly agent that chats about anything.",
				"examples/basic_chat", "GEMINI_API_KEY"));
		templates.add(template("form-filler", "Form Filler",
				"Collects a caller's details step by step and submits them to a webhook.", "examples/form_filler",
				"OPENAI_API_KEY"));
		return templates;
	}

	private static ObjectNode agent() {
		ObjectNode agent = ResourceStore.object()
			.put("id", AGENT_ID)
			.put("name", "acme-support-line")
			.put("description", "Answers Acme Co. support calls and books technician visits")
			.put("created_at", "2025-08-10T13:55:41.318Z")
			.put("updated_at", "2025-08-13T18:31:10.442Z")
			.put("tts_voice", "bf0a246a-8642-498a-9950-80c35e9276b5")
			.put("tts_language", "en")
			.putNull("webhook_id")
			.putNull("deleted_at")
			.put("git_deploy_branch", "main")
			.put("has_text_to_agent_run", false)
			.put("deployment_count", 2);
		agent.putObject("git_repository")
			.put("provider", "github")
			.put("account", "acme-co")
			.put("name", "support-line-agent");
		agent.putArray("phone_numbers").addObject().put("id", "pn_sim_4c8e21").put("number", PHONE_NUMBER);
		return agent;
	}

	private static ObjectNode deployment(String id, String status, boolean live, String commit, String createdAt,
			String updatedAt) {
		Instant created = Instant.parse(createdAt);
		return ResourceStore.object()
			.put("id", id)
			.put("agent_id", AGENT_ID)
			.put("status", status)
			.put("is_pinned", false)
			.put("is_live", live)
			.put("env_var_collection_id", "env_sim_7a1c")
			.put("source_code_file_id", "scf_" + id.substring(3))
			.put("git_commit_hash", commit)
			.put("created_at", createdAt)
			.put("updated_at", updatedAt)
			.put("build_started_at", created.plusSeconds(5).toString())
			.put("build_completed_at", created.plusSeconds(161).toString())
			.putNull("build_error")
			.put("build_logs", "Installing dependencies from pyproject.toml\nResolved 42 packages\nBuild succeeded")
			.put("deployment_started_at", created.plusSeconds(165).toString())
			.put("deployment_completed_at", created.plusSeconds(210).toString())
			.putNull("deployment_error");
	}

	private static ObjectNode metric(String id, String name, String displayName, String prompt, String createdAt) {
		return ResourceStore.object()
			.put("id", id)
			.put("name", name)
			.put("display_name", displayName)
			.put("prompt", prompt)
			.put("created_at", createdAt);
	}

	private static ObjectNode template(String id, String name, String description, String rootDir, String envVar) {
		ObjectNode template = ResourceStore.object()
			.put("id", id)
			.put("name", name)
			.put("description", description)
			.put("repo_url", "https://github.com/cartesia-ai/line")
			.put("root_dir", rootDir)
			.put("owner_id", "cartesia-ai")
			.put("created_at", "2025-07-25T06:50:12.889Z")
			.put("updated_at", "2025-07-25T06:50:12.889Z");
		template.putArray("required_env_vars").add(envVar);
		template.putArray("dependencies").add("cartesia-line");
		return template;
	}

	private static void calls(SimulatorState state) {
		ArrayNode booking = AgentsSeedCalls.booking();
		ArrayNode billing = AgentsSeedCalls.billing();
		ArrayNode order = AgentsSeedCalls.orderStatus();
		ArrayNode hours = AgentsSeedCalls.openingHours();
		ObjectNode call5 = call("ac_sim_0005", "2025-08-14T16:02:11Z", "completed", booking, "+14155550199",
				LIVE_DEPLOYMENT_ID, "The caller reported a dishwasher that does not drain; the agent booked a "
						+ "technician visit for Monday morning.",
				null);
		ObjectNode call4 = call("ac_sim_0004", "2025-08-14T11:27:45Z", "completed", billing, "+14155550173",
				LIVE_DEPLOYMENT_ID, "The caller was charged twice; the agent refunded the duplicate charge.", null);
		ObjectNode call3 = call("ac_sim_0003", "2025-08-13T19:05:02Z", "failed", ResourceStore.array(),
				"+14155550166", LIVE_DEPLOYMENT_ID, null, "The caller hung up before the agent joined the call.");
		ObjectNode call2 = call("ac_sim_0002", "2025-08-13T17:43:58Z", "completed", order, "+14155550128",
				PREVIOUS_DEPLOYMENT_ID, "The caller asked where order A-10442 was; it arrives tomorrow.", null);
		ObjectNode call1 = call("ac_sim_0001", "2025-08-13T09:12:30Z", "completed", hours, "+14155550111",
				PREVIOUS_DEPLOYMENT_ID, "The caller asked for the opening hours.", null);
		for (ObjectNode call : new ObjectNode[] { call5, call4, call3, call2, call1 }) {
			state.agentCalls.add(call);
		}
		int next = 1;
		next = results(state, call5, next, "HIGH_SATISFACTION", true);
		next = results(state, call4, next, "MEDIUM_SATISFACTION", false);
		next = results(state, call2, next, "HIGH_SATISFACTION", false);
		results(state, call1, next, "MEDIUM_SATISFACTION", null);
	}

	private static ObjectNode call(String id, String startTime, String status, ArrayNode transcript, String from,
			String deploymentId, @Nullable String summary, @Nullable String errorMessage) {
		AgentsTranscripts.time(transcript);
		double seconds = transcript.isEmpty() ? 4
				: transcript.get(transcript.size() - 1).path("end_timestamp").asDouble() + 1;
		ObjectNode call = ResourceStore.object()
			.put("id", id)
			.put("agent_id", AGENT_ID)
			.put("start_time", startTime)
			.put("end_time", Instant.parse(startTime).plusMillis(Math.round(seconds * 1000)).toString())
			.put("summary", summary)
			.put("status", status)
			.put("error_message", errorMessage)
			.put("deployment_id", deploymentId);
		call.set("transcript", transcript);
		call.putObject("telephony_params").put("to", PHONE_NUMBER).put("from", from);
		return call;
	}

	private static int results(SimulatorState state, ObjectNode call, int next, String satisfaction,
			@Nullable Boolean booked) {
		Instant ended = Instant.parse(call.get("end_time").asString());
		ObjectNode first = result(call, next, SATISFACTION_METRIC_ID, "evaluate-user-satisfaction",
				ended.plusSeconds(20), satisfaction, "The caller's tone and closing remarks indicate "
						+ satisfaction.toLowerCase().replace('_', ' ') + ".");
		first.put("value", satisfaction);
		first.putObject("jsonResult").put("category", satisfaction);
		state.metricResults.add(first);
		ObjectNode second = result(call, next + 1, BOOKED_METRIC_ID, "appointment-booked", ended.plusSeconds(21),
				(booked != null) ? booked.toString() : "",
				(booked != null) ? ((booked) ? "The agent booked a technician visit." : "No visit was booked.")
						: "The judge model timed out before answering.");
		if (booked != null) {
			second.put("value", booked);
			second.putObject("jsonResult").put("booked", booked);
		}
		else {
			second.put("status", "failed").putNull("value").putNull("jsonResult");
		}
		state.metricResults.add(second);
		return next + 2;
	}

	private static ObjectNode result(ObjectNode call, int number, String metricId, String metricName,
			Instant createdAt, String result, String summary) {
		ObjectNode node = ResourceStore.object()
			.put("id", "amr_sim_%04d".formatted(number))
			.put("metricId", metricId)
			.put("metricName", metricName)
			.put("summary", summary)
			.put("agentId", AGENT_ID)
			.put("callId", call.get("id").asString())
			.put("deploymentId", call.get("deployment_id").asString())
			.put("result", result)
			.put("status", "completed")
			.put("runId", "run_sim_" + call.get("id").asString().substring(7))
			.put("createdAt", createdAt.toString())
			.put("created_at", createdAt.toString());
		node.set("transcript", call.get("transcript").deepCopy());
		return node;
	}

}
