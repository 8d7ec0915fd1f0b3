package io.github.cartesia4j.client.pronunciationdicts;

import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import io.github.cartesia4j.client.core.PageRequest;
import io.github.cartesia4j.testing.RecordedRequests;
import io.github.cartesia4j.testing.TestClients;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

class PronunciationDictsClientPagingWireTests {

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final PronunciationDictsClient client = TestClients.client(wireMock.baseUrl()).pronunciationDicts();

	@BeforeEach
	void threePages() {
		wireMock.stubFor(get(urlPathEqualTo("/pronunciation-dicts/")).withQueryParam("starting_after", absent())
			.willReturn(okJson(PronunciationDictsJson.page(true, "d1", "d2"))));
		wireMock.stubFor(get(urlPathEqualTo("/pronunciation-dicts/"))
			.withQueryParam("starting_after", equalTo("d2"))
			.willReturn(okJson(PronunciationDictsJson.page(true, "d3", "d4"))));
		wireMock.stubFor(get(urlPathEqualTo("/pronunciation-dicts/"))
			.withQueryParam("starting_after", equalTo("d4"))
			.willReturn(okJson(PronunciationDictsJson.page(false, "d5"))));
	}

	@Test
	void listAllFollowsEveryPageWithTheSamePageSize() {
		StepVerifier.create(this.client.listAll(PageRequest.ofSize(2)).map(PronunciationDict::id))
			.expectNext("d1", "d2", "d3", "d4", "d5")
			.expectComplete()
			.verify(Duration.ofSeconds(5));
		assertThat(RecordedRequests.all(wireMock)).extracting(LoggedRequest::getUrl)
			.containsExactly("/pronunciation-dicts/?limit=2", "/pronunciation-dicts/?limit=2&starting_after=d2",
					"/pronunciation-dicts/?limit=2&starting_after=d4");
	}

	@Test
	void earlyCancelFetchesNoExtraPage() {
		StepVerifier.create(this.client.listAll().take(2).map(PronunciationDict::id))
			.expectNext("d1", "d2")
			.expectComplete()
			.verify(Duration.ofSeconds(5));
		assertThat(RecordedRequests.all(wireMock)).extracting(LoggedRequest::getUrl)
			.containsExactly("/pronunciation-dicts/");
		wireMock.resetRequests();
		StepVerifier.create(this.client.listAll().take(3).map(PronunciationDict::id))
			.expectNext("d1", "d2", "d3")
			.expectComplete()
			.verify(Duration.ofSeconds(5));
		assertThat(RecordedRequests.all(wireMock)).hasSize(2);
	}

	@Test
	void backPressureFetchesPagesOnlyAsNeeded() {
		StepVerifier.create(this.client.listAll().map(PronunciationDict::id), 0)
			.then(() -> assertThat(RecordedRequests.all(wireMock)).isEmpty())
			.thenRequest(1)
			.expectNext("d1")
			.then(() -> assertThat(RecordedRequests.all(wireMock)).hasSize(1))
			.thenRequest(1)
			.expectNext("d2")
			.then(() -> assertThat(RecordedRequests.all(wireMock)).hasSize(1))
			.thenRequest(1)
			.expectNext("d3")
			.then(() -> assertThat(RecordedRequests.all(wireMock)).hasSize(2))
			.thenRequest(1)
			.expectNext("d4")
			.then(() -> assertThat(RecordedRequests.all(wireMock)).hasSize(2))
			.thenRequest(1)
			.expectNext("d5")
			.expectComplete()
			.verify(Duration.ofSeconds(5));
		assertThat(RecordedRequests.all(wireMock)).hasSize(3);
	}

}
