package io.github.cartesia4j.client.agents;

import java.time.Instant;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.cartesia4j.client.core.PageRequest;
import io.github.cartesia4j.testing.RecordedRequests;
import io.github.cartesia4j.testing.TestClients;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AgentsClientValidationTests {

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final AgentsClient agents = TestClients.client(wireMock.baseUrl()).agents();

	@AfterEach
	void nothingWasSent() {
		assertThat(RecordedRequests.all(wireMock)).isEmpty();
	}

	@Test
	void blankIdsAreRejectedNamingTheField() {
		wireMock.stubFor(any(anyUrl()).willReturn(okJson("{}")));
		assertThatIllegalArgumentException().isThrownBy(() -> this.agents.get(" ")).withMessageContaining("agent_id");
		assertThatIllegalArgumentException().isThrownBy(() -> this.agents.delete(""))
			.withMessageContaining("agent_id");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.agents.update(null, AgentUpdateRequest.builder().name("x").build()))
			.withMessageContaining("agent_id");
		assertThatIllegalArgumentException().isThrownBy(() -> this.agents.phoneNumbers(""))
			.withMessageContaining("agent_id");
		assertThatIllegalArgumentException().isThrownBy(() -> this.agents.listDeployments(""))
			.withMessageContaining("agent_id");
		assertThatIllegalArgumentException().isThrownBy(() -> this.agents.getDeployment(""))
			.withMessageContaining("deployment_id");
		assertThatIllegalArgumentException().isThrownBy(() -> this.agents.getCall(""))
			.withMessageContaining("call_id");
		assertThatIllegalArgumentException().isThrownBy(() -> this.agents.downloadCallAudio(" "))
			.withMessageContaining("call_id");
		assertThatIllegalArgumentException().isThrownBy(() -> this.agents.getMetric(""))
			.withMessageContaining("metric_id");
		assertThatIllegalArgumentException().isThrownBy(() -> this.agents.addMetricToAgent("agent_1", ""))
			.withMessageContaining("metric_id");
		assertThatIllegalArgumentException().isThrownBy(() -> this.agents.removeMetricFromAgent("", "am_1"))
			.withMessageContaining("agent_id");
	}

	@Test
	void callListNeedsAnAgentAndAValidPage() {
		assertThatIllegalArgumentException().isThrownBy(() -> AgentCallListRequest.of(" "))
			.withMessageContaining("agent_id");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AgentCallListRequest.builder("agent_1").limit(101).build())
			.withMessageContaining("limit");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AgentCallListRequest.builder("agent_1").startingAfter("a").endingBefore("b").build())
			.withMessageContaining("starting_after");
		assertThatIllegalArgumentException().isThrownBy(() -> this.agents.listCalls(null))
			.withMessageContaining("request");
	}

	@Test
	void metricNameMustUseLowerCaseLettersDigitsAndSeparators() {
		assertThatIllegalArgumentException().isThrownBy(() -> MetricCreateRequest.of("User Satisfaction", "p"))
			.withMessageContaining("'name'");
		assertThatIllegalArgumentException().isThrownBy(() -> MetricCreateRequest.of("Booked", "p"))
			.withMessageContaining("'name'");
		assertThatIllegalArgumentException().isThrownBy(() -> MetricCreateRequest.of("", "p"))
			.withMessageContaining("'name'");
		assertThatIllegalArgumentException().isThrownBy(() -> MetricCreateRequest.of("booked", " "))
			.withMessageContaining("prompt");
		assertThat(MetricCreateRequest.of("a.b_c-1", "p").name()).isEqualTo("a.b_c-1");
	}

	@Test
	void updateRejectsBlankValues() {
		assertThatIllegalArgumentException().isThrownBy(() -> AgentUpdateRequest.builder().name(" ").build())
			.withMessageContaining("name");
		assertThatIllegalArgumentException().isThrownBy(() -> AgentUpdateRequest.builder().ttsVoice("").build())
			.withMessageContaining("tts_voice");
		assertThatIllegalArgumentException().isThrownBy(() -> AgentUpdateRequest.builder().ttsLanguage("").build())
			.withMessageContaining("tts_language");
		assertThatIllegalArgumentException().isThrownBy(() -> this.agents.update("agent_1", null))
			.withMessageContaining("request");
	}

	@Test
	void metricResultFilterRejectsBlankIdsAndReversedDates() {
		assertThatIllegalArgumentException().isThrownBy(() -> MetricResultFilter.builder().callId(" ").build())
			.withMessageContaining("call_id");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MetricResultFilter.builder()
				.startDate(Instant.parse("2025-09-01T00:00:00Z"))
				.endDate(Instant.parse("2025-08-01T00:00:00Z"))
				.build())
			.withMessageContaining("start_date");
		assertThatIllegalArgumentException().isThrownBy(() -> this.agents.listMetricResults(null, PageRequest.FIRST))
			.withMessageContaining("filter");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.agents.exportMetricResultsPage(MetricResultFilter.NONE, null))
			.withMessageContaining("page");
		assertThatIllegalArgumentException().isThrownBy(() -> this.agents.exportMetricResults(null))
			.withMessageContaining("filter");
	}

}
