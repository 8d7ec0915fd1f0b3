package io.github.cartesia4j.client.pronunciationdicts;

import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import io.github.cartesia4j.client.core.CartesiaNotFoundException;
import io.github.cartesia4j.client.core.RequestOptions;
import io.github.cartesia4j.testing.RecordedRequests;
import io.github.cartesia4j.testing.TestClients;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

class PronunciationDictsClientPinWireTests {

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final PronunciationDictsClient client = TestClients.client(wireMock.baseUrl())
		.pronunciationDicts()
		.withOptions(RequestOptions.builder().apiVersion(PronunciationDictsClient.PIN_API_VERSION).build());

	@Test
	void pinPostsWithoutBodyOnVersion20250416AndCompletesOnEmptyResponse() {
		wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
		StepVerifier.create(this.client.pin("pdict_8f2c41")).expectComplete().verify(Duration.ofSeconds(5));
		LoggedRequest request = RecordedRequests.only(wireMock);
		assertThat(request.getMethod().getName()).isEqualTo("POST");
		assertThat(request.getUrl()).isEqualTo("/pronunciation-dicts/pdict_8f2c41/pin");
		assertThat(request.getBodyAsString()).isEmpty();
		PronunciationDictsClientWireTests.assertStandardHeaders(request, "2025-04-16");
	}

	@Test
	void unpinPostsWithoutBodyOnVersion20250416AndCompletesOnJsonResponse() {
		wireMock.stubFor(any(anyUrl()).willReturn(okJson(PronunciationDictsJson.BRANDS)));
		StepVerifier.create(this.client.unpin("pdict_8f2c41")).expectComplete().verify(Duration.ofSeconds(5));
		LoggedRequest request = RecordedRequests.only(wireMock);
		assertThat(request.getMethod().getName()).isEqualTo("POST");
		assertThat(request.getUrl()).isEqualTo("/pronunciation-dicts/pdict_8f2c41/unpin");
		assertThat(request.getBodyAsString()).isEmpty();
		PronunciationDictsClientWireTests.assertStandardHeaders(request, "2025-04-16");
	}

	@Test
	void pinCompletesOnNoContentAndJsonAlike() {
		wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204)));
		StepVerifier.create(this.client.pin("a")).expectComplete().verify(Duration.ofSeconds(5));
		wireMock.resetAll();
		wireMock.stubFor(any(anyUrl()).willReturn(okJson("{\"ok\":true}")));
		StepVerifier.create(this.client.unpin("a")).expectComplete().verify(Duration.ofSeconds(5));
	}

	@Test
	void pinOnTheDefaultVersionSendsItUnchangedAndSurfacesTheNotFound() {
		wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error_code\":\"not_found\",\"title\":\"Not found\",\"message\":\"No route\","
					+ "\"request_id\":\"req-pin-404\"}")));
		PronunciationDictsClient current = TestClients.client(wireMock.baseUrl()).pronunciationDicts();
		StepVerifier.create(current.pin("pdict_8f2c41"))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(CartesiaNotFoundException.class,
					(notFound) -> assertThat(notFound.getRequestId()).isEqualTo("req-pin-404")))
			.verify(Duration.ofSeconds(5));
		assertThat(RecordedRequests.only(wireMock).getHeader("Cartesia-Version")).isEqualTo("2025-11-04");
	}

}
