package io.github.cartesia4j.client.agents;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import io.github.cartesia4j.client.core.PageRequest;
import io.github.cartesia4j.testing.RecordedRequests;
import io.github.cartesia4j.testing.TestClients;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

class AgentsClientMetricsWireTests {

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@BeforeAll
	static void warmUp() {
		AgentsWire.warmUp(wireMock.baseUrl());
		wireMock.resetAll();
	}

	private static final String METRIC = """
			{"id": "am_abc123", "name": "evaluate-user-satisfaction", "display_name": "Evaluate User Satisfaction",
			 "prompt": "Task:\\nEvaluate how satisfied the user is.", "created_at": "2025-08-13T16:24:17.457Z",
			 "owner": "org_1"}
			""";

	private static final String RESULT = """
			{"id": "mr_1", "metricId": "am_abc123", "metricName": "evaluate-user-satisfaction",
			 "summary": "The caller thanked the agent.", "transcript": [{"role": "user", "text": "Thanks!",
			 "start_timestamp": 1.5, "end_timestamp": 2.0}], "agentId": "agent_1", "callId": "ac_1",
			 "deploymentId": "ad_1", "result": "HIGH_SATISFACTION", "jsonResult": {"category": "HIGH_SATISFACTION",
			 "score": 0.9}, "value": "HIGH_SATISFACTION", "status": "completed", "runId": "run_1",
			 "createdAt": "2025-08-13T17:45:00Z", "judgeModel": "gpt"}
			""";

	private final AgentsClient agents = TestClients.client(wireMock.baseUrl()).agents();

	@Test
	void listMetricsSendsThePageAndParsesIt() {
		wireMock.stubFor(any(anyUrl())
			.willReturn(okJson("{\"data\": [" + METRIC + "], \"has_more\": true, \"next_page\": \"am_abc123\"}")));
		StepVerifier.create(this.agents.listMetrics(new PageRequest(5, "am_000", null))).assertNext((page) -> {
			assertThat(page.hasMore()).isTrue();
			assertThat(page.nextPage()).isEqualTo("am_abc123");
			assertThat(page.data()).singleElement().satisfies(AgentsClientMetricsWireTests::assertMetric);
		}).expectComplete().verify(Duration.ofSeconds(5));
		AgentsWire.assertRequest(RecordedRequests.only(wireMock), "GET",
				"/agents/metrics?limit=5&starting_after=am_000");
	}

	@Test
	void listAllMetricsFollowsPagesLazily() {
		wireMock.stubFor(get(urlPathEqualTo("/agents/metrics")).withQueryParam("starting_after", absent())
			.willReturn(okJson("{\"data\": [" + metric("am_1") + "," + metric("am_2") + "], \"has_more\": true}")));
		wireMock.stubFor(get(urlPathEqualTo("/agents/metrics")).withQueryParam("starting_after", equalTo("am_2"))
			.willReturn(okJson("{\"data\": [" + metric("am_3") + "], \"has_more\": false, \"next_page\": null}")));
		StepVerifier.create(this.agents.listAllMetrics(PageRequest.ofSize(2)).map(Metric::id))
			.expectNext("am_1", "am_2", "am_3")
			.expectComplete()
			.verify(Duration.ofSeconds(5));
		assertThat(urls()).containsExactly("/agents/metrics?limit=2", "/agents/metrics?limit=2&starting_after=am_2");
	}

	@Test
	void getMetricParsesIt() {
		wireMock.stubFor(any(anyUrl()).willReturn(okJson(METRIC)));
		StepVerifier.create(this.agents.getMetric("am_abc123"))
			.assertNext(AgentsClientMetricsWireTests::assertMetric)
			.expectComplete()
			.verify(Duration.ofSeconds(5));
		AgentsWire.assertRequest(RecordedRequests.only(wireMock), "GET", "/agents/metrics/am_abc123");
	}

	@Test
	void createMetricSendsNamePromptAndDisplayName() {
		wireMock.stubFor(any(anyUrl()).willReturn(okJson(METRIC)));
		MetricCreateRequest request = MetricCreateRequest
			.of("evaluate-user-satisfaction", "Task:\nEvaluate how satisfied the user is.")
			.withDisplayName("Evaluate User Satisfaction");
		StepVerifier.create(this.agents.createMetric(request))
			.assertNext(AgentsClientMetricsWireTests::assertMetric)
			.expectComplete()
			.verify(Duration.ofSeconds(5));
		LoggedRequest recorded = RecordedRequests.only(wireMock);
		AgentsWire.assertRequest(recorded, "POST", "/agents/metrics");
		RecordedRequests.assertJsonBody(recorded, """
				{"name": "evaluate-user-satisfaction", "prompt": "Task:\\nEvaluate how satisfied the user is.",
				 "display_name": "Evaluate User Satisfaction"}
				""");
	}

	@Test
	void createMetricWithoutDisplayNameLeavesItOut() {
		wireMock.stubFor(any(anyUrl()).willReturn(okJson(METRIC)));
		StepVerifier.create(this.agents.createMetric(MetricCreateRequest.of("v1.booked_2", "Was it booked?")))
			.expectNextCount(1)
			.expectComplete()
			.verify(Duration.ofSeconds(5));
		RecordedRequests.assertJsonBody(RecordedRequests.only(wireMock),
				"{\"name\": \"v1.booked_2\", \"prompt\": \"Was it booked?\"}");
	}

	@Test
	void addMetricToAgentPostsWithoutBody() {
		wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204)));
		StepVerifier.create(this.agents.addMetricToAgent("agent_id", "metric_id"))
			.expectComplete()
			.verify(Duration.ofSeconds(5));
		LoggedRequest request = RecordedRequests.only(wireMock);
		AgentsWire.assertRequest(request, "POST", "/agents/agent_id/metrics/metric_id");
		assertThat(request.getBody()).isEmpty();
		assertThat(request.getHeader("Content-Type")).isNull();
	}

	@Test
	void removeMetricFromAgentDeletes() {
		wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204)));
		StepVerifier.create(this.agents.removeMetricFromAgent("agent_id", "metric_id"))
			.expectComplete()
			.verify(Duration.ofSeconds(5));
		AgentsWire.assertRequest(RecordedRequests.only(wireMock), "DELETE", "/agents/agent_id/metrics/metric_id");
	}

	@Test
	void listMetricResultsSendsEveryFilterAndReadsCamelCaseResults() {
		wireMock.stubFor(any(anyUrl())
			.willReturn(okJson("{\"data\": [" + RESULT + "], \"has_more\": false, \"next_page\": null}")));
		MetricResultFilter filter = MetricResultFilter.builder()
			.agentId("agent_1")
			.deploymentId("ad_1")
			.metricId("am_abc123")
			.callId("ac_1")
			.startDate(Instant.parse("2025-08-01T00:00:00Z"))
			.endDate(Instant.parse("2025-08-31T23:59:59.500Z"))
			.build();
		StepVerifier.create(this.agents.listMetricResults(filter, new PageRequest(2, null, "mr_9")))
			.assertNext((page) -> {
				assertThat(page.hasMore()).isFalse();
				MetricResult result = page.data().get(0);
				assertThat(result.id()).isEqualTo("mr_1");
				assertThat(result.metricId()).isEqualTo("am_abc123");
				assertThat(result.metricName()).isEqualTo("evaluate-user-satisfaction");
				assertThat(result.agentId()).isEqualTo("agent_1");
				assertThat(result.callId()).isEqualTo("ac_1");
				assertThat(result.deploymentId()).isEqualTo("ad_1");
				assertThat(result.result()).isEqualTo("HIGH_SATISFACTION");
				assertThat(result.jsonResult()).isEqualTo(Map.of("category", "HIGH_SATISFACTION", "score", 0.9));
				assertThat(result.value()).isEqualTo("HIGH_SATISFACTION");
				assertThat(result.status()).isEqualTo("completed");
				assertThat(result.runId()).isEqualTo("run_1");
				assertThat(result.createdAt()).isEqualTo(Instant.parse("2025-08-13T17:45:00Z"));
				assertThat(result.summary()).isEqualTo("The caller thanked the agent.");
				assertThat(result.transcript()).extracting(AgentTranscript::text).containsExactly("Thanks!");
			})
			.expectComplete()
			.verify(Duration.ofSeconds(5));
		AgentsWire.assertRequest(RecordedRequests.only(wireMock), "GET",
				"/agents/metrics/results?agent_id=agent_1&deployment_id=ad_1&metric_id=am_abc123&call_id=ac_1"
						+ "&start_date=2025-08-01T00%3A00%3A00Z&end_date=2025-08-31T23%3A59%3A59.500Z"
						+ "&limit=2&ending_before=mr_9");
	}

	@Test
	void listMetricResultsWithoutFilterSendsNoQuery() {
		wireMock.stubFor(any(anyUrl()).willReturn(okJson("{\"data\": [], \"has_more\": false}")));
		StepVerifier.create(this.agents.listMetricResults(MetricResultFilter.NONE))
			.expectNextCount(1)
			.expectComplete()
			.verify(Duration.ofSeconds(5));
		AgentsWire.assertRequest(RecordedRequests.only(wireMock), "GET", "/agents/metrics/results");
	}

	@Test
	void listAllMetricResultsFollowsPagesKeepingTheFilterAndStopsOnCancel() {
		wireMock.stubFor(get(urlPathEqualTo("/agents/metrics/results")).withQueryParam("starting_after", absent())
			.willReturn(okJson("{\"data\": [" + result("mr_1") + "," + result("mr_2") + "], \"has_more\": true,"
					+ " \"next_page\": \"mr_2\"}")));
		wireMock.stubFor(get(urlPathEqualTo("/agents/metrics/results"))
			.withQueryParam("starting_after", equalTo("mr_2"))
			.willReturn(okJson("{\"data\": [" + result("mr_3") + "], \"has_more\": false}")));
		MetricResultFilter filter = MetricResultFilter.builder().agentId("agent_1").build();
		StepVerifier.create(this.agents.listAllMetricResults(filter, PageRequest.ofSize(2)).map(MetricResult::id))
			.expectNext("mr_1", "mr_2", "mr_3")
			.expectComplete()
			.verify(Duration.ofSeconds(5));
		assertThat(urls()).containsExactly("/agents/metrics/results?agent_id=agent_1&limit=2",
				"/agents/metrics/results?agent_id=agent_1&limit=2&starting_after=mr_2");
		wireMock.resetRequests();
		StepVerifier.create(this.agents.listAllMetricResults(filter, PageRequest.ofSize(2)).take(1))
			.expectNextCount(1)
			.expectComplete()
			.verify(Duration.ofSeconds(5));
		assertThat(urls()).hasSize(1);
	}

	private static void assertMetric(Metric metric) {
		assertThat(metric.id()).isEqualTo("am_abc123");
		assertThat(metric.name()).isEqualTo("evaluate-user-satisfaction");
		assertThat(metric.displayName()).isEqualTo("Evaluate User Satisfaction");
		assertThat(metric.prompt()).isEqualTo("Task:\nEvaluate how satisfied the user is.");
		assertThat(metric.createdAt()).isEqualTo(Instant.parse("2025-08-13T16:24:17.457Z"));
	}

	private static String metric(String id) {
		return "{\"id\": \"" + id + "\", \"name\": \"" + id + "\", \"prompt\": \"p\", \"created_at\": "
				+ "\"2025-08-13T16:24:17Z\"}";
	}

	private static String result(String id) {
		return RESULT.replace("\"mr_1\"", "\"" + id + "\"");
	}

	private static List<String> urls() {
		return RecordedRequests.all(wireMock).stream().map(LoggedRequest::getUrl).toList();
	}

}
