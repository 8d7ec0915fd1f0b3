package io.github.cartesia4j.client.datasets;

import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import io.github.cartesia4j.client.core.PageRequest;
import io.github.cartesia4j.testing.RecordedRequests;
import io.github.cartesia4j.testing.TestClients;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Wire tests of {@link DatasetsClient#listAll} and {@link DatasetsClient#listAllFiles}:
 * cursors followed lazily, page by page.
 */
class DatasetsPaginationWireTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private static final Duration QUIET = Duration.ofMillis(300);

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final DatasetsClient datasets = TestClients.client(wireMock.baseUrl()).datasets();

	@BeforeEach
	void stubThreePagesOfDatasets() {
		wireMock.stubFor(get(urlEqualTo("/datasets/?limit=2"))
			.willReturn(okJson(page(true, "\"ds_2\"", dataset("ds_1"), dataset("ds_2")))));
		wireMock.stubFor(get(urlEqualTo("/datasets/?limit=2&starting_after=ds_2"))
			.willReturn(okJson(page(true, null, dataset("ds_3"), dataset("ds_4")))));
		wireMock.stubFor(get(urlEqualTo("/datasets/?limit=2&starting_after=ds_4"))
			.willReturn(okJson(page(false, null, dataset("ds_5")))));
	}

	@Test
	void listAllFollowsNextPageThenTheLastIdUntilHasMoreIsFalse() {
		StepVerifier.create(this.datasets.listAll(PageRequest.ofSize(2)).map(Dataset::id))
			.expectNext("ds_1", "ds_2", "ds_3", "ds_4", "ds_5")
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(urls()).containsExactly("/datasets/?limit=2", "/datasets/?limit=2&starting_after=ds_2",
				"/datasets/?limit=2&starting_after=ds_4");
	}

	@Test
	void listAllStartsAfterTheGivenCursor() {
		StepVerifier.create(this.datasets.listAll(new PageRequest(2, "ds_2", null)).map(Dataset::id))
			.expectNext("ds_3", "ds_4", "ds_5")
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(urls()).containsExactly("/datasets/?limit=2&starting_after=ds_2",
				"/datasets/?limit=2&starting_after=ds_4");
	}

	@Test
	void takingFewerItemsThanAPageFetchesOnePage() {
		StepVerifier.create(this.datasets.listAll(PageRequest.ofSize(2)).take(2).map(Dataset::id))
			.expectNext("ds_1", "ds_2")
			.expectComplete()
			.verify(TIMEOUT);
		assertRequestsStayAt(1);
		assertThat(urls()).containsExactly("/datasets/?limit=2");
	}

	@Test
	void takingIntoTheSecondPageFetchesNoThirdPage() {
		StepVerifier.create(this.datasets.listAll(PageRequest.ofSize(2)).take(3).map(Dataset::id))
			.expectNext("ds_1", "ds_2", "ds_3")
			.expectComplete()
			.verify(TIMEOUT);
		assertRequestsStayAt(2);
	}

	@Test
	void pagesAreFetchedOnlyAsTheSubscriberRequestsItems() {
		StepVerifier.create(this.datasets.listAll(PageRequest.ofSize(2)).map(Dataset::id), 0)
			.expectSubscription()
			.then(() -> assertRequestsStayAt(0))
			.thenRequest(1)
			.expectNext("ds_1")
			.then(() -> assertRequestsStayAt(1))
			.thenRequest(1)
			.expectNext("ds_2")
			.then(() -> assertRequestsStayAt(1))
			.thenRequest(1)
			.expectNext("ds_3")
			.then(() -> assertRequestsStayAt(2))
			.thenCancel()
			.verify(TIMEOUT);
		assertRequestsStayAt(2);
	}

	@Test
	void listAllFilesFollowsEveryPageOfTheDataset() {
		wireMock.stubFor(get(urlEqualTo("/datasets/ds_1/files?limit=1"))
			.willReturn(okJson(page(true, "\"file_a\"", file("file_a")))));
		wireMock.stubFor(get(urlEqualTo("/datasets/ds_1/files?limit=1&starting_after=file_a"))
			.willReturn(okJson(page(true, "\"file_b\"", file("file_b")))));
		wireMock.stubFor(get(urlEqualTo("/datasets/ds_1/files?limit=1&starting_after=file_b"))
			.willReturn(okJson(page(false, null))));
		StepVerifier.create(this.datasets.listAllFiles("ds_1", PageRequest.ofSize(1)).map(DatasetFile::id))
			.expectNext("file_a", "file_b")
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(urls()).containsExactly("/datasets/ds_1/files?limit=1",
				"/datasets/ds_1/files?limit=1&starting_after=file_a",
				"/datasets/ds_1/files?limit=1&starting_after=file_b");
	}

	private static void assertRequestsStayAt(int count) {
		await().during(QUIET).atMost(QUIET.multipliedBy(4)).until(() -> urls().size() == count);
	}

	private static List<String> urls() {
		return RecordedRequests.all(wireMock).stream().map(LoggedRequest::getUrl).toList();
	}

	static String page(boolean hasMore, String nextPage, String... items) {
		return "{\"data\":[" + String.join(",", items) + "],\"has_more\":" + hasMore + ",\"next_page\":" + nextPage
				+ ",\"extra\":{\"ignored\":true}}";
	}

	private static String dataset(String id) {
		return "{\"id\":\"" + id + "\",\"name\":\"Dataset " + id + "\",\"description\":\"\","
				+ "\"created_at\":\"2025-08-13T12:00:00Z\",\"unknown\":1}";
	}

	private static String file(String id) {
		return "{\"id\":\"" + id + "\",\"filename\":\"" + id + ".wav\",\"created_at\":\"2025-08-13T12:00:00Z\","
				+ "\"size\":1024}";
	}

}
