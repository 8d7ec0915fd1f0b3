package io.github.cartesia4j.client.finetunes;

import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
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
 * Wire tests of {@link FineTunesClient#listAll} and {@link FineTunesClient#listAllVoices}.
 */
class FineTunesPaginationWireTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final FineTunesClient fineTunes = TestClients.client(wireMock.baseUrl()).fineTunes();

	@Test
	void listAllFollowsEveryPage() {
		stubFineTunePages();
		StepVerifier.create(this.fineTunes.listAll(PageRequest.ofSize(2)).map(FineTune::id))
			.expectNext("ft_1", "ft_2", "ft_3")
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(urls()).containsExactly("/fine-tunes/?limit=2", "/fine-tunes/?limit=2&starting_after=ft_2");
	}

	@Test
	void listAllFetchesTheSecondPageOnlyWhenItsFirstItemIsRequested() {
		stubFineTunePages();
		StepVerifier.create(this.fineTunes.listAll(PageRequest.ofSize(2)).map(FineTune::id), 2)
			.expectNext("ft_1", "ft_2")
			.then(() -> assertRequestsStayAt(1))
			.thenRequest(1)
			.expectNext("ft_3")
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(urls()).hasSize(2);
	}

	@Test
	void listAllVoicesFollowsTheLastIdWhenNoNextPageIsSent() {
		wireMock.stubFor(get(urlEqualTo("/fine-tunes/ft_1/voices?limit=1"))
			.willReturn(okJson("{\"data\":[" + voice("v_1") + "],\"has_more\":true}")));
		wireMock.stubFor(get(urlEqualTo("/fine-tunes/ft_1/voices?limit=1&starting_after=v_1"))
			.willReturn(okJson("{\"data\":[" + voice("v_2") + "],\"has_more\":false,\"next_page\":null}")));
		StepVerifier.create(this.fineTunes.listAllVoices("ft_1", PageRequest.ofSize(1)).map(FineTuneVoice::id))
			.expectNext("v_1", "v_2")
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(urls()).containsExactly("/fine-tunes/ft_1/voices?limit=1",
				"/fine-tunes/ft_1/voices?limit=1&starting_after=v_1");
	}

	@Test
	void listAllVoicesTakingOneFetchesOnePage() {
		wireMock.stubFor(get(urlEqualTo("/fine-tunes/ft_1/voices"))
			.willReturn(okJson("{\"data\":[" + voice("v_1") + "," + voice("v_2") + "],\"has_more\":true}")));
		StepVerifier.create(this.fineTunes.listAllVoices("ft_1").take(1).map(FineTuneVoice::id))
			.expectNext("v_1")
			.expectComplete()
			.verify(TIMEOUT);
		assertRequestsStayAt(1);
		assertThat(urls()).containsExactly("/fine-tunes/ft_1/voices");
	}

	@Test
	void listAllStopsWhenTheCursorRepeats() {
		wireMock.stubFor(get(urlEqualTo("/fine-tunes/"))
			.willReturn(okJson("{\"data\":[" + fineTune("ft_1") + "],\"has_more\":true,\"next_page\":\"ft_1\"}")));
		wireMock.stubFor(get(urlEqualTo("/fine-tunes/?starting_after=ft_1"))
			.willReturn(okJson("{\"data\":[" + fineTune("ft_1") + "],\"has_more\":true,\"next_page\":\"ft_1\"}")));
		StepVerifier.create(this.fineTunes.listAll().map(FineTune::id))
			.expectNext("ft_1", "ft_1")
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(urls()).hasSize(2);
	}

	private void stubFineTunePages() {
		wireMock.stubFor(get(urlEqualTo("/fine-tunes/?limit=2")).willReturn(
				okJson("{\"data\":[" + fineTune("ft_1") + "," + fineTune("ft_2") + "],\"has_more\":true}")));
		wireMock.stubFor(get(urlEqualTo("/fine-tunes/?limit=2&starting_after=ft_2"))
			.willReturn(okJson("{\"data\":[" + fineTune("ft_3") + "],\"has_more\":false}")));
	}

	private static void assertRequestsStayAt(int count) {
		Duration quiet = Duration.ofMillis(300);
		await().during(quiet).atMost(quiet.multipliedBy(4)).until(() -> urls().size() == count);
	}

	private static List<String> urls() {
		return RecordedRequests.all(wireMock).stream().map(LoggedRequest::getUrl).toList();
	}

	private static String fineTune(String id) {
		return "{\"id\":\"" + id + "\",\"name\":\"n\",\"description\":\"d\",\"language\":\"en\","
				+ "\"model_id\":\"sonic-3-2026-01-12\",\"dataset\":\"ds_1\",\"status\":\"completed\"}";
	}

	private static String voice(String id) {
		return "{\"id\":\"" + id + "\",\"is_owner\":true,\"name\":\"" + id + "\",\"description\":\"\","
				+ "\"created_at\":\"2025-08-13T12:00:00Z\",\"language\":\"en\",\"locales\":[]}";
	}

}
