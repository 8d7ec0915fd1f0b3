package io.github.cartesia4j.client.agents;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import io.github.cartesia4j.client.core.CartesiaNotFoundException;
import io.github.cartesia4j.client.core.PageRequest;
import io.github.cartesia4j.client.core.RequestOptions;
import io.github.cartesia4j.testing.RecordedRequests;
import io.github.cartesia4j.testing.TestClients;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

class AgentsClientExportWireTests {

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@BeforeAll
	static void warmUp() {
		AgentsWire.warmUp(wireMock.baseUrl());
		wireMock.resetAll();
	}

	private static final String CSV = "id,metric_id,result,summary\r\n"
			+ "mr_1,am_1,HIGH,\"Caller said \"\"thanks\"\", café\"\r\n";

	private final AgentsClient agents = TestClients.client(wireMock.baseUrl()).agents();

	private final AgentsClient legacy = this.agents
		.withOptions(RequestOptions.builder().apiVersion("2025-04-16").build());

	@Test
	void exportStreamsTheCsvWithFiltersAndAcceptTextCsv() {
		byte[] csv = CSV.repeat(2000).getBytes(StandardCharsets.UTF_8);
		wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/csv; charset=utf-8")
			.withBody(csv)));
		MetricResultFilter filter = MetricResultFilter.builder()
			.metricId("am_1")
			.startDate(Instant.parse("2025-08-01T00:00:00Z"))
			.build();
		StepVerifier.create(this.agents.exportMetricResults(filter).reduce(0, (size, chunk) -> size + chunk.length))
			.expectNext(csv.length)
			.expectComplete()
			.verify(Duration.ofSeconds(5));
		LoggedRequest request = RecordedRequests.only(wireMock);
		AgentsWire.assertRequest(request, "GET",
				"/agents/metrics/results/export?metric_id=am_1&start_date=2025-08-01T00%3A00%3A00Z");
		assertThat(request.getHeader("Accept")).isEqualTo("text/csv");
	}

	@Test
	void exportToStringDecodesUtf8AcrossChunks() {
		String big = CSV.repeat(5000);
		wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/csv")
			.withBody(big.getBytes(StandardCharsets.UTF_8))));
		StepVerifier.create(this.agents.exportMetricResultsToString(MetricResultFilter.NONE))
			.expectNext(big)
			.expectComplete()
			.verify(Duration.ofSeconds(5));
		AgentsWire.assertRequest(RecordedRequests.only(wireMock), "GET", "/agents/metrics/results/export");
	}

	@Test
	void exportWithNoMatchingResultsFailsWithNotFound() {
		wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404)
			.withHeader("X-Request-Id", "req-404")
			.withBody("No metric results found for the given filters.")));
		MetricResultFilter filter = MetricResultFilter.builder().callId("ac_x").build();
		StepVerifier.create(this.agents.exportMetricResultsToString(filter))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(CartesiaNotFoundException.class,
					(notFound) -> assertThat(notFound.getRequestId()).isEqualTo("req-404")))
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void exportPageSendsThePageAndReadsThePaginationHeaders() {
		wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/csv")
			.withHeader("x-has-more", "true")
			.withHeader("x-limit", "2")
			.withHeader("x-next-page", "mr_2")
			.withBody(CSV)));
		MetricResultFilter filter = MetricResultFilter.builder().agentId("agent_1").build();
		StepVerifier.create(this.legacy.exportMetricResultsPage(filter, new PageRequest(2, "mr_0", null)))
			.assertNext((page) -> assertThat(page).isEqualTo(new MetricResultsCsvPage(CSV, true, 2, "mr_2")))
			.expectComplete()
			.verify(Duration.ofSeconds(5));
		LoggedRequest request = RecordedRequests.only(wireMock);
		assertThat(request.getUrl())
			.isEqualTo("/agents/metrics/results/export?agent_id=agent_1&limit=2&starting_after=mr_0");
		assertThat(request.getHeader("Cartesia-Version")).isEqualTo("2025-04-16");
		assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + TestClients.API_KEY);
		assertThat(request.getHeader("Accept")).isEqualTo("text/csv");
	}

	@Test
	void exportPageWithoutHeadersIsTheLastPage() {
		wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody(CSV)));
		StepVerifier.create(this.agents.exportMetricResultsPage(MetricResultFilter.NONE, PageRequest.ofSize(10)))
			.assertNext((page) -> {
				assertThat(page.hasMore()).isFalse();
				assertThat(page.limit()).isNull();
				assertThat(page.nextPage()).isNull();
				assertThat(page.nextCursor()).isNull();
				assertThat(page.csv()).isEqualTo(CSV);
			})
			.expectComplete()
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void exportAllPagesFollowsNextPageUntilHasMoreIsFalse() {
		stubPages();
		StepVerifier.create(this.legacy.exportAllMetricResultsPages(MetricResultFilter.NONE, PageRequest.ofSize(2)))
			.assertNext((page) -> assertThat(page.csv()).isEqualTo("page 1"))
			.assertNext((page) -> assertThat(page.csv()).isEqualTo("page 2"))
			.assertNext((page) -> {
				assertThat(page.csv()).isEqualTo("page 3");
				assertThat(page.hasMore()).isFalse();
			})
			.expectComplete()
			.verify(Duration.ofSeconds(5));
		assertThat(urls()).containsExactly("/agents/metrics/results/export?limit=2",
				"/agents/metrics/results/export?limit=2&starting_after=mr_2",
				"/agents/metrics/results/export?limit=2&starting_after=mr_4");
	}

	@Test
	void exportAllPagesFetchesOnlyTheRequestedPages() {
		stubPages();
		StepVerifier.create(this.legacy.exportAllMetricResultsPages(MetricResultFilter.NONE, PageRequest.ofSize(2)), 1)
			.assertNext((page) -> assertThat(page.csv()).isEqualTo("page 1"))
			.then(() -> assertThat(urls()).hasSize(1))
			.thenRequest(1)
			.assertNext((page) -> assertThat(page.csv()).isEqualTo("page 2"))
			.then(() -> assertThat(urls()).hasSize(2))
			.thenCancel()
			.verify(Duration.ofSeconds(5));
		assertThat(urls()).hasSize(2);
	}

	private static void stubPages() {
		wireMock.stubFor(get(urlPathEqualTo("/agents/metrics/results/export"))
			.withQueryParam("starting_after", absent())
			.willReturn(csvPage("page 1", true, "mr_2")));
		wireMock.stubFor(get(urlPathEqualTo("/agents/metrics/results/export"))
			.withQueryParam("starting_after", equalTo("mr_2"))
			.willReturn(csvPage("page 2", true, "mr_4")));
		wireMock.stubFor(get(urlPathEqualTo("/agents/metrics/results/export"))
			.withQueryParam("starting_after", equalTo("mr_4"))
			.willReturn(csvPage("page 3", false, null)));
	}

	private static ResponseDefinitionBuilder csvPage(String body, boolean hasMore, String nextPage) {
		ResponseDefinitionBuilder response = aResponse().withStatus(200)
			.withHeader("Content-Type", "text/csv")
			.withHeader("x-has-more", Boolean.toString(hasMore))
			.withHeader("x-limit", "2")
			.withBody(body);
		return (nextPage != null) ? response.withHeader("x-next-page", nextPage) : response;
	}

	private static List<String> urls() {
		return RecordedRequests.all(wireMock).stream().map(LoggedRequest::getUrl).toList();
	}

}
