package io.github.cartesia4j.client.agents;

import java.nio.charset.StandardCharsets;
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

class AgentsClientCallsWireTests {

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@BeforeAll
	static void warmUp() {
		AgentsWire.warmUp(wireMock.baseUrl());
		wireMock.resetAll();
	}

	private static final String CALL = """
			{"id": "ac_sid_123", "agent_id": "agent_123", "start_time": "2025-08-13T17:43:58.698624Z",
			 "end_time": "2025-08-13T17:44:19.253128Z",
			 "transcript": [
			  {"role": "assistant", "text": "Hi there!", "text_chunks": [{"text": "Hi", "start_timestamp": 1.20720063},
			   {"text": "there!", "start_timestamp": 1.40457024}], "start_timestamp": 0,
			   "end_timestamp": 1.5892063492063493, "end_reason": "interrupted", "tts_ttfb": 0.28243207931518555},
			  {"role": "user", "text": "Book me for Monday.", "start_timestamp": 1.38, "end_timestamp": 3.27,
			   "vad_buffer_ms": 820},
			  {"role": "assistant", "text": "Done.", "start_timestamp": 4.5, "end_timestamp": 5.2,
			   "end_reason": "call_ended", "tool_calls": [{"id": "tc_1", "name": "book",
			   "arguments": {"day": "monday", "slot": 9}}]},
			  {"role": "system", "start_timestamp": 5.2, "end_timestamp": 5.2,
			   "log_event": {"event": "booked", "metadata": {"id": "apt_1"}, "timestamp": 5.2}},
			  {"role": "system", "start_timestamp": 5.3, "end_timestamp": 5.3,
			   "log_metric": {"name": "llm_ttft", "value": 0.41, "timestamp": 5.3}, "weight": 2}],
			 "telephony_params": {"to": "+11234567890", "from": "+10987654321", "call_sid": "CA123"},
			 "summary": "A booking.", "status": "completed", "deployment_id": "ad_456", "recording_url": "x"}
			""";

	private final AgentsClient agents = TestClients.client(wireMock.baseUrl()).agents();

	@Test
	void getCallParsesTheTranscriptWithToolCallsLogEventsAndLogMetrics() {
		wireMock.stubFor(any(anyUrl()).willReturn(okJson(CALL)));
		StepVerifier.create(this.agents.getCall("ac_abc123")).assertNext((call) -> {
			assertThat(call.id()).isEqualTo("ac_sid_123");
			assertThat(call.agentId()).isEqualTo("agent_123");
			assertThat(call.status()).isEqualTo("completed");
			assertThat(call.startTime()).isEqualTo(Instant.parse("2025-08-13T17:43:58.698624Z"));
			assertThat(call.endTime()).isEqualTo(Instant.parse("2025-08-13T17:44:19.253128Z"));
			assertThat(call.telephonyParams()).isEqualTo(new TelephonyParams("+11234567890", "+10987654321", "CA123",
					null));
			assertThat(call.summary()).isEqualTo("A booking.");
			assertThat(call.deploymentId()).isEqualTo("ad_456");
			assertThat(call.transcript()).hasSize(5);
			AgentTranscript greeting = call.transcript().get(0);
			assertThat(greeting.role()).isEqualTo("assistant");
			assertThat(greeting.textChunks()).containsExactly(new TextChunk("Hi", 1.20720063),
					new TextChunk("there!", 1.40457024));
			assertThat(greeting.endReason()).isEqualTo("interrupted");
			assertThat(greeting.ttsTtfb()).isEqualTo(0.28243207931518555);
			assertThat(greeting.toolCalls()).isEmpty();
			assertThat(call.transcript().get(1).vadBufferMs()).isEqualTo(820);
			assertThat(call.transcript().get(1).textChunks()).isEmpty();
			assertThat(call.transcript().get(2).toolCalls())
				.containsExactly(new ToolCall("tc_1", "book", Map.of("day", "monday", "slot", 9)));
			assertThat(call.transcript().get(3).logEvent())
				.isEqualTo(new LogEvent("booked", Map.of("id", "apt_1"), 5.2));
			assertThat(call.transcript().get(4).logMetric()).isEqualTo(new LogMetric("llm_ttft", 0.41, 5.3));
			assertThat(call.transcript().get(4).text()).isNull();
		}).expectComplete().verify(Duration.ofSeconds(5));
		AgentsWire.assertRequest(RecordedRequests.only(wireMock), "GET", "/agents/calls/ac_abc123");
	}

	@Test
	void listCallsSendsAgentExpandAndPageAndReadsNextPageWithoutHasMore() {
		wireMock.stubFor(any(anyUrl()).willReturn(okJson("{\"data\": [" + CALL + "], \"next_page\": \"ac_sid_123\"}")));
		AgentCallListRequest request = AgentCallListRequest.builder("agent_123")
			.expandTranscript(true)
			.limit(1)
			.startingAfter("ac_sid_100")
			.build();
		StepVerifier.create(this.agents.listCalls(request)).assertNext((page) -> {
			assertThat(page.data()).extracting(AgentCall::id).containsExactly("ac_sid_123");
			assertThat(page.hasMore()).isNull();
			assertThat(page.nextPage()).isEqualTo("ac_sid_123");
		}).expectComplete().verify(Duration.ofSeconds(5));
		AgentsWire.assertRequest(RecordedRequests.only(wireMock), "GET",
				"/agents/calls?agent_id=agent_123&expand=transcript&limit=1&starting_after=ac_sid_100");
	}

	@Test
	void listCallsWithoutOptionsSendsOnlyTheAgent() {
		wireMock.stubFor(any(anyUrl()).willReturn(okJson("{\"data\": []}")));
		StepVerifier.create(this.agents.listCalls(AgentCallListRequest.of("agent_123")))
			.assertNext((page) -> assertThat(page.data()).isEmpty())
			.expectComplete()
			.verify(Duration.ofSeconds(5));
		AgentsWire.assertRequest(RecordedRequests.only(wireMock), "GET", "/agents/calls?agent_id=agent_123");
	}

	@Test
	void listAllCallsFollowsNextPageUntilItIsMissing() {
		stubPages();
		StepVerifier.create(this.agents.listAllCalls(AgentCallListRequest.builder("agent_1").limit(2).build()))
			.expectNextMatches((call) -> call.id().equals("ac_1"))
			.expectNextMatches((call) -> call.id().equals("ac_2"))
			.expectNextMatches((call) -> call.id().equals("ac_3"))
			.expectNextMatches((call) -> call.id().equals("ac_4"))
			.expectNextMatches((call) -> call.id().equals("ac_5"))
			.expectComplete()
			.verify(Duration.ofSeconds(5));
		assertThat(urls()).containsExactly("/agents/calls?agent_id=agent_1&limit=2",
				"/agents/calls?agent_id=agent_1&limit=2&starting_after=ac_2",
				"/agents/calls?agent_id=agent_1&limit=2&starting_after=ac_4");
	}

	@Test
	void listAllCallsCancelledEarlyFetchesNoFurtherPage() {
		stubPages();
		StepVerifier.create(this.agents.listAllCalls(AgentCallListRequest.builder("agent_1").limit(2).build()).take(2))
			.expectNextCount(2)
			.expectComplete()
			.verify(Duration.ofSeconds(5));
		assertThat(urls()).containsExactly("/agents/calls?agent_id=agent_1&limit=2");
	}

	@Test
	void listAllCallsFetchesPagesOnlyAsItemsAreRequested() {
		stubPages();
		StepVerifier
			.create(this.agents.listAllCalls(AgentCallListRequest.builder("agent_1").limit(2).build()), 1)
			.expectNextMatches((call) -> call.id().equals("ac_1"))
			.then(() -> assertThat(urls()).hasSize(1))
			.thenRequest(1)
			.expectNextMatches((call) -> call.id().equals("ac_2"))
			.then(() -> assertThat(urls()).hasSize(1))
			.thenRequest(1)
			.expectNextMatches((call) -> call.id().equals("ac_3"))
			.then(() -> assertThat(urls()).hasSize(2))
			.thenCancel()
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void downloadCallAudioStreamsTheWaveBytes() {
		byte[] wav = new byte[64 * 1024];
		System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, wav, 0, 4);
		wav[wav.length - 1] = 7;
		wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "audio/wav")
			.withBody(wav)));
		StepVerifier.create(this.agents.downloadCallAudioToArray("ac_abc123"))
			.assertNext((audio) -> assertThat(audio).isEqualTo(wav))
			.expectComplete()
			.verify(Duration.ofSeconds(5));
		LoggedRequest request = RecordedRequests.only(wireMock);
		AgentsWire.assertRequest(request, "GET", "/agents/calls/ac_abc123/audio");
		assertThat(request.getHeader("Accept")).isEqualTo("*/*");
	}

	@Test
	void downloadCallAudioCompletesEmptyOnNoContent() {
		wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204)));
		StepVerifier.create(this.agents.downloadCallAudio("ac_abc123")).expectComplete().verify(Duration.ofSeconds(5));
		StepVerifier.create(this.agents.downloadCallAudioToArray("ac_abc123"))
			.expectComplete()
			.verify(Duration.ofSeconds(5));
	}

	private static void stubPages() {
		wireMock.stubFor(get(urlPathEqualTo("/agents/calls")).withQueryParam("starting_after", absent())
			.willReturn(okJson(page("{\"data\": [%s, %s], \"next_page\": \"ac_2\"}", "ac_1", "ac_2"))));
		wireMock.stubFor(get(urlPathEqualTo("/agents/calls")).withQueryParam("starting_after", equalTo("ac_2"))
			.willReturn(okJson(page("{\"data\": [%s, %s], \"next_page\": \"ac_4\"}", "ac_3", "ac_4"))));
		wireMock.stubFor(get(urlPathEqualTo("/agents/calls")).withQueryParam("starting_after", equalTo("ac_4"))
			.willReturn(okJson(page("{\"data\": [%s], \"next_page\": null}", "ac_5"))));
	}

	private static String page(String template, String... ids) {
		Object[] calls = new Object[ids.length];
		for (int i = 0; i < ids.length; i++) {
			calls[i] = "{\"id\": \"" + ids[i] + "\", \"agent_id\": \"agent_1\", \"status\": \"completed\"}";
		}
		return template.formatted(calls);
	}

	private static List<String> urls() {
		return RecordedRequests.all(wireMock).stream().map(LoggedRequest::getUrl).toList();
	}

}
