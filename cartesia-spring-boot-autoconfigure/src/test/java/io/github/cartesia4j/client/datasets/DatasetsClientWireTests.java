package io.github.cartesia4j.client.datasets;

import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import io.github.cartesia4j.client.core.CartesiaNotFoundException;
import io.github.cartesia4j.client.core.PageRequest;
import io.github.cartesia4j.client.core.RequestOptions;
import io.github.cartesia4j.testing.RecordedRequests;
import io.github.cartesia4j.testing.TestClients;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Wire tests of the dataset operations of {@link DatasetsClient}.
 */
class DatasetsClientWireTests {

	static final Duration TIMEOUT = Duration.ofSeconds(5);

	static final String DATASET_ID = "ds_0a1b2c3d";

	static final String DATASET_JSON = """
			{"id":"ds_0a1b2c3d","name":"Support calls","description":"Inbound calls, March",
			 "created_at":"2025-08-13T12:00:00Z","owner":"team-7"}""";

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final DatasetsClient datasets = TestClients.client(wireMock.baseUrl()).datasets();

	@Test
	void listSendsPagingParametersToTheSlashedCollectionAndParsesThePage() {
		wireMock.stubFor(get(anyUrl()).willReturn(okJson("""
				{"data":[%s],"has_more":true,"next_page":"ds_0a1b2c3d","total":41}""".formatted(DATASET_JSON))));
		StepVerifier.create(this.datasets.list(new PageRequest(5, "ds_prev", null))).assertNext((page) -> {
			assertThat(page.data()).containsExactly(new Dataset(DATASET_ID, "Support calls", "Inbound calls, March",
					"2025-08-13T12:00:00Z"));
			assertThat(page.hasMore()).isTrue();
			assertThat(page.nextPage()).isEqualTo(DATASET_ID);
		}).expectComplete().verify(TIMEOUT);
		LoggedRequest request = RecordedRequests.only(wireMock);
		assertThat(request.getMethod().getName()).isEqualTo("GET");
		assertThat(request.getUrl()).isEqualTo("/datasets/?limit=5&starting_after=ds_prev");
		assertCommonHeaders(request, "2025-11-04");
	}

	@Test
	void listWithoutArgumentsSendsNoQuery() {
		wireMock.stubFor(get(anyUrl()).willReturn(okJson("{\"data\":[],\"has_more\":false}")));
		StepVerifier.create(this.datasets.list())
			.assertNext((page) -> assertThat(page.data()).isEmpty())
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(RecordedRequests.only(wireMock).getUrl()).isEqualTo("/datasets/");
	}

	@Test
	void listSendsEndingBefore() {
		wireMock.stubFor(get(anyUrl()).willReturn(okJson("{\"data\":[],\"has_more\":false}")));
		StepVerifier.create(this.datasets.list(new PageRequest(null, null, "ds_next")))
			.expectNextCount(1)
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(RecordedRequests.only(wireMock).getUrl()).isEqualTo("/datasets/?ending_before=ds_next");
	}

	@Test
	void createPostsNameAndDescription() {
		wireMock.stubFor(post(anyUrl()).willReturn(okJson(DATASET_JSON)));
		StepVerifier.create(this.datasets.create(DatasetRequest.of("Support calls", "Inbound calls, March")))
			.assertNext((dataset) -> assertThat(dataset.id()).isEqualTo(DATASET_ID))
			.expectComplete()
			.verify(TIMEOUT);
		LoggedRequest request = RecordedRequests.only(wireMock);
		assertThat(request.getMethod().getName()).isEqualTo("POST");
		assertThat(request.getUrl()).isEqualTo("/datasets/");
		assertThat(request.getHeader("Content-Type")).startsWith("application/json");
		assertCommonHeaders(request, "2025-11-04");
		RecordedRequests.assertJsonBody(request,
				"{\"name\":\"Support calls\",\"description\":\"Inbound calls, March\"}");
	}

	@Test
	void createSendsAnEmptyDescriptionAsIs() {
		wireMock.stubFor(post(anyUrl()).willReturn(okJson(DATASET_JSON)));
		StepVerifier.create(this.datasets.create(DatasetRequest.of("Support calls", "")))
			.expectNextCount(1)
			.expectComplete()
			.verify(TIMEOUT);
		RecordedRequests.assertJsonBody(RecordedRequests.only(wireMock),
				"{\"name\":\"Support calls\",\"description\":\"\"}");
	}

	@Test
	void getEncodesTheIdAndToleratesMissingFields() {
		wireMock.stubFor(get(anyUrl()).willReturn(okJson("{\"id\":\"ds/1 x\",\"name\":\"Only a name\"}")));
		StepVerifier.create(this.datasets.get("ds/1 x"))
			.expectNext(new Dataset("ds/1 x", "Only a name", null, null))
			.expectComplete()
			.verify(TIMEOUT);
		LoggedRequest request = RecordedRequests.only(wireMock);
		assertThat(request.getMethod().getName()).isEqualTo("GET");
		assertThat(request.getUrl()).isEqualTo("/datasets/ds%2F1%20x");
		assertCommonHeaders(request, "2025-11-04");
	}

	@Test
	void updatePatchesNameAndDescriptionAndCompletesOn204() {
		wireMock.stubFor(patch(anyUrl()).willReturn(noContent()));
		StepVerifier.create(this.datasets.update(DATASET_ID, DatasetRequest.of("Renamed", "New description")))
			.expectComplete()
			.verify(TIMEOUT);
		LoggedRequest request = RecordedRequests.only(wireMock);
		assertThat(request.getMethod().getName()).isEqualTo("PATCH");
		assertThat(request.getUrl()).isEqualTo("/datasets/" + DATASET_ID);
		assertCommonHeaders(request, "2025-11-04");
		RecordedRequests.assertJsonBody(request, "{\"name\":\"Renamed\",\"description\":\"New description\"}");
	}

	@Test
	void deleteSendsDeleteAndCompletesOn204() {
		wireMock.stubFor(delete(anyUrl()).willReturn(noContent()));
		StepVerifier.create(this.datasets.delete(DATASET_ID)).expectComplete().verify(TIMEOUT);
		LoggedRequest request = RecordedRequests.only(wireMock);
		assertThat(request.getMethod().getName()).isEqualTo("DELETE");
		assertThat(request.getUrl()).isEqualTo("/datasets/" + DATASET_ID);
		assertThat(request.getBody()).isEmpty();
		assertCommonHeaders(request, "2025-11-04");
	}

	@Test
	void withOptionsSendsTheChosenApiVersion() {
		wireMock.stubFor(get(anyUrl()).willReturn(okJson(DATASET_JSON)));
		DatasetsClient older = this.datasets.withOptions(RequestOptions.builder().apiVersion("2025-04-16").build());
		StepVerifier.create(older.get(DATASET_ID)).expectNextCount(1).expectComplete().verify(TIMEOUT);
		assertCommonHeaders(RecordedRequests.only(wireMock), "2025-04-16");
	}

	@Test
	void notFoundBecomesCartesiaNotFoundExceptionWithTheRequestId() {
		wireMock.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"error_code":"not_found","title":"Not found","message":"Dataset not found: ds_gone",
					 "request_id":"req-404-ds"}""")));
		StepVerifier.create(this.datasets.get("ds_gone")).expectErrorSatisfies((ex) -> {
			assertThat(ex).isInstanceOf(CartesiaNotFoundException.class);
			CartesiaNotFoundException notFound = (CartesiaNotFoundException) ex;
			assertThat(notFound.getStatusCode()).isEqualTo(404);
			assertThat(notFound.getRequestId()).isEqualTo("req-404-ds");
			assertThat(notFound.getApiMessage()).isEqualTo("Dataset not found: ds_gone");
		}).verify(TIMEOUT);
	}

	@Test
	void badArgumentsFailBeforeAnyRequest() {
		wireMock.stubFor(any(anyUrl()).willReturn(noContent()));
		assertThatIllegalArgumentException().isThrownBy(() -> this.datasets.get(" ")).withMessageContaining("'id'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.datasets.delete(null))
			.withMessageContaining("'id'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.datasets.update("", DatasetRequest.of("a", "b")))
			.withMessageContaining("'id'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.datasets.update(DATASET_ID, null))
			.withMessageContaining("'request'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.datasets.create((DatasetRequest) null))
			.withMessageContaining("'request'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.datasets.list(null))
			.withMessageContaining("'request'");
		assertThatIllegalArgumentException().isThrownBy(() -> DatasetRequest.of(" ", "description"))
			.withMessageContaining("'name'");
		assertThatIllegalArgumentException().isThrownBy(() -> DatasetRequest.of("name", null))
			.withMessageContaining("'description'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.datasets.list(PageRequest.ofSize(101)))
			.withMessageContaining("'limit'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.datasets.listAll(new PageRequest(10, null, "ds_next")))
			.withMessageContaining("'ending_before'");
		assertThat(RecordedRequests.all(wireMock)).isEmpty();
	}

	static void assertCommonHeaders(LoggedRequest request, String version) {
		assertThat(request.getHeader("Cartesia-Version")).isEqualTo(version);
		assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + TestClients.API_KEY);
	}

}
