package io.github.cartesia4j.test.simulator;

import java.util.List;

import io.netty.handler.codec.http.HttpMethod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class AgentsRoutesTests {

	private final CartesiaSimulator simulator = CartesiaSimulator.start();

	private final SimulatorTestClient client = new SimulatorTestClient(this.simulator);

	@AfterEach
	void close() {
		this.simulator.close();
	}

	@Test
	void listCallsRequiresAnExistingAgentAndAKnownExpansion() {
		assertError(this.client.get("/agents/calls"), 400, "agent_id");
		assertError(this.client.get("/agents/calls?agent_id=agent_missing"), 404, "agent_missing");
		assertError(this.client.get("/agents/calls?agent_id=" + AgentsSeed.AGENT_ID + "&expand=summary"), 400,
				"expand");
	}

	@Test
	void listCallsLeavesTranscriptsOutUnlessExpanded() {
		StepVerifier.create(this.client.get("/agents/calls?agent_id=" + AgentsSeed.AGENT_ID + "&limit=2"))
			.assertNext((response) -> {
				JsonNode page = response.json();
				assertThat(page.has("has_more")).isFalse();
				assertThat(page.get("next_page").asString()).isEqualTo("ac_sim_0004");
				assertThat(page.get("data").get(0).has("transcript")).isFalse();
			})
			.expectComplete()
			.verify(SimulatorTestClient.TIMEOUT);
		StepVerifier
			.create(this.client.get("/agents/calls?agent_id=" + AgentsSeed.AGENT_ID + "&expand%5B%5D=transcript"))
			.assertNext((response) -> assertThat(response.json().get("data").get(0).get("transcript").size())
				.isGreaterThan(3))
			.expectComplete()
			.verify(SimulatorTestClient.TIMEOUT);
	}

	@Test
	void createMetricValidatesNameAndPrompt() {
		assertError(this.client.post("/agents/metrics", "{\"name\": \"User Satisfaction\", \"prompt\": \"p\"}"), 400,
				"name");
		assertError(this.client.post("/agents/metrics", "{\"name\": \"ok-name\"}"), 400, "prompt");
		assertError(this.client.post("/agents/metrics", "{\"prompt\": \"p\"}"), 400, "name");
		assertError(this.client.post("/agents/metrics", "{\"name\": \"appointment-booked\", \"prompt\": \"p\"}"), 400,
				"already exists");
	}

	@Test
	void updateValidatesFieldTypes() {
		String path = "/agents/" + AgentsSeed.AGENT_ID;
		assertError(patch(path, "{\"name\": 42}"), 400, "name");
		assertError(patch(path, "{\"tts_voice\": \" \"}"), 400, "tts_voice");
		assertError(patch(path, ""), 400, "body");
		assertError(patch("/agents/agent_missing", "{\"name\": \"x\"}"), 404, "agent_missing");
	}

	@Test
	void metricResultsUseCamelCaseNamesAndValidateDates() {
		StepVerifier.create(this.client.get("/agents/metrics/results?limit=1"))
			.assertNext((response) -> {
				JsonNode result = response.json().get("data").get(0);
				assertThat(result.has("metricId")).isTrue();
				assertThat(result.has("createdAt")).isTrue();
				assertThat(result.has("jsonResult")).isTrue();
				assertThat(result.has("created_at")).isFalse();
				assertThat(response.json().get("has_more").asBoolean()).isTrue();
			})
			.expectComplete()
			.verify(SimulatorTestClient.TIMEOUT);
		assertError(this.client.get("/agents/metrics/results?start_date=yesterday"), 400, "start_date");
	}

	@Test
	void exportIsOneCsvUnlessPaged() {
		StepVerifier.create(this.client.get("/agents/metrics/results/export?metric_id=" + AgentsSeed.BOOKED_METRIC_ID))
			.assertNext((response) -> {
				assertThat(response.status()).isEqualTo(200);
				assertThat(response.header("Content-Type")).startsWith("text/csv");
				assertThat(response.header("x-has-more")).isNull();
				List<String> lines = List.of(response.bodyAsString().split("\r\n"));
				assertThat(lines).hasSize(5);
				assertThat(lines.subList(1, lines.size()))
					.allSatisfy((line) -> assertThat(line).contains(AgentsSeed.BOOKED_METRIC_ID));
			})
			.expectComplete()
			.verify(SimulatorTestClient.TIMEOUT);
		StepVerifier.create(this.client.get("/agents/metrics/results/export?limit=3&starting_after=amr_sim_0001"))
			.assertNext((response) -> {
				assertThat(response.header("x-has-more")).isEqualTo("true");
				assertThat(response.header("x-limit")).isEqualTo("3");
				assertThat(response.header("x-next-page")).isEqualTo("amr_sim_0004");
				assertThat(response.bodyAsString().split("\r\n")).hasSize(4);
			})
			.expectComplete()
			.verify(SimulatorTestClient.TIMEOUT);
		assertError(this.client.get("/agents/metrics/results/export?call_id=ac_missing"), 404, "No metric results");
	}

	@Test
	void exportIsPagedByDefaultOnTheVersionThatPagedIt() {
		StepVerifier.create(this.client.exchange(HttpMethod.GET, "/agents/metrics/results/export", null,
				(headers) -> headers.set("Authorization", "Bearer key").set("Cartesia-Version", "2025-04-16")))
			.assertNext((response) -> {
				assertThat(response.header("x-has-more")).isEqualTo("false");
				assertThat(response.header("x-limit")).isEqualTo("10");
				assertThat(response.header("x-next-page")).isNull();
				assertThat(response.bodyAsString().split("\r\n")).hasSize(9);
			})
			.expectComplete()
			.verify(SimulatorTestClient.TIMEOUT);
	}

	@Test
	void callAudioStreamsWaveInChunksAndNoContentWithoutSpeech() {
		StepVerifier.create(this.client.get("/agents/calls/ac_sim_0005/audio"))
			.assertNext((response) -> {
				assertThat(response.status()).isEqualTo(200);
				assertThat(response.header("Content-Type")).isEqualTo("audio/wav");
				assertThat(response.parts()).hasSizeGreaterThan(1);
				assertThat(new String(response.body(), 0, 4)).isEqualTo("RIFF");
			})
			.expectComplete()
			.verify(SimulatorTestClient.TIMEOUT);
		StepVerifier.create(this.client.get("/agents/calls/ac_sim_0003/audio"))
			.assertNext((response) -> {
				assertThat(response.status()).isEqualTo(204);
				assertThat(response.body()).isEmpty();
			})
			.expectComplete()
			.verify(SimulatorTestClient.TIMEOUT);
		assertError(this.client.get("/agents/calls/ac_missing/audio"), 404, "ac_missing");
	}

	private Mono<SimulatorResponse> patch(String path, String body) {
		return this.client.exchange(HttpMethod.PATCH, path, body.isEmpty() ? null : body,
				SimulatorTestClient::authenticated);
	}

	private static void assertError(Mono<SimulatorResponse> call, int status, String text) {
		StepVerifier.create(call).assertNext((response) -> {
			assertThat(response.status()).isEqualTo(status);
			assertThat(response.json().get("message").asString()).contains(text);
			assertThat(response.json().get("request_id").asString()).isEqualTo(response.header("X-Request-Id"));
		}).expectComplete().verify(SimulatorTestClient.TIMEOUT);
	}

}
