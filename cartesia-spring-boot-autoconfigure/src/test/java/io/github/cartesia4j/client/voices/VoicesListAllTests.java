package io.github.cartesia4j.client.voices;

import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import io.github.cartesia4j.testing.RecordedRequests;
import io.github.cartesia4j.testing.TestClients;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

class VoicesListAllTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final VoicesClient voices = TestClients.client(wireMock.baseUrl()).voices();

	private final VoiceListRequest twoPerPage = VoiceListRequest.builder()
		.limit(2)
		.gender(GenderPresentation.FEMININE)
		.build();

	@BeforeEach
	void threePages() {
		wireMock.stubFor(get(urlPathEqualTo("/voices")).withQueryParam("starting_after", absent())
			.willReturn(okJson(VoiceJson.page(true, "v-2", VoiceJson.voice("v-1", "One"), VoiceJson.voice("v-2", "Two")))));
		wireMock.stubFor(get(urlPathEqualTo("/voices")).withQueryParam("starting_after", equalTo("v-2"))
			.willReturn(okJson(VoiceJson.page(true, null, VoiceJson.voice("v-3", "Three"),
					VoiceJson.voice("v-4", "Four")))));
		wireMock.stubFor(get(urlPathEqualTo("/voices")).withQueryParam("starting_after", equalTo("v-4"))
			.willReturn(okJson(VoiceJson.page(false, null, VoiceJson.voice("v-5", "Five")))));
	}

	@Test
	void listAllFollowsEveryPageKeepingTheFilters() {
		StepVerifier.create(this.voices.listAll(this.twoPerPage).map(Voice::id))
			.expectNext("v-1", "v-2", "v-3", "v-4", "v-5")
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(RecordedRequests.all(wireMock)).extracting(LoggedRequest::getUrl)
			.containsExactly("/voices?limit=2&gender=feminine", "/voices?limit=2&starting_after=v-2&gender=feminine",
					"/voices?limit=2&starting_after=v-4&gender=feminine");
	}

	@Test
	void listAllStartsAtTheRequestedCursor() {
		StepVerifier.create(this.voices.listAll(this.twoPerPage.toBuilder().startingAfter("v-2").build())
			.map(Voice::id)).expectNext("v-3", "v-4", "v-5").expectComplete().verify(TIMEOUT);
		assertThat(RecordedRequests.all(wireMock)).extracting(LoggedRequest::getUrl)
			.containsExactly("/voices?limit=2&starting_after=v-2&gender=feminine",
					"/voices?limit=2&starting_after=v-4&gender=feminine");
	}

	@Test
	void cancellingEarlyFetchesNoExtraPage() {
		StepVerifier.create(this.voices.listAll(this.twoPerPage).take(2).map(Voice::id))
			.expectNext("v-1", "v-2")
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(RecordedRequests.all(wireMock)).hasSize(1);
	}

	@Test
	void pagesAreFetchedOnlyAsTheSubscriberAsks() {
		StepVerifier.create(this.voices.listAll(this.twoPerPage).map(Voice::id), 0)
			.expectSubscription()
			.then(() -> assertThat(RecordedRequests.all(wireMock)).isEmpty())
			.thenRequest(1)
			.expectNext("v-1")
			.thenRequest(1)
			.expectNext("v-2")
			.then(() -> assertThat(RecordedRequests.all(wireMock)).hasSize(1))
			.thenRequest(1)
			.expectNext("v-3")
			.then(() -> assertThat(RecordedRequests.all(wireMock)).hasSize(2))
			.thenRequest(1)
			.expectNext("v-4")
			.then(() -> assertThat(RecordedRequests.all(wireMock)).hasSize(2))
			.thenRequest(5)
			.expectNext("v-5")
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(RecordedRequests.all(wireMock)).hasSize(3);
	}

}
