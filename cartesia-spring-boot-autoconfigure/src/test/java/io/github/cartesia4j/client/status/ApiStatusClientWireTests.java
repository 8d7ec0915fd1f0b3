package io.github.cartesia4j.client.status;

import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import io.github.cartesia4j.testing.TestClients;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.cartesia4j.testing.RecordedRequests.only;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ApiStatusClient} against {@code GET /}.
 */
class ApiStatusClientWireTests {

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@Test
	void getSendsGetToTheRootWithoutABody() {
		wireMock.stubFor(get(urlEqualTo("/")).willReturn(okJson("{\"ok\":true,\"version\":\"2025-04-16\"}")));
		StepVerifier.create(TestClients.client(wireMock.baseUrl()).apiStatus().get())
			.expectNext(new ApiStatus(true, "2025-04-16"))
			.expectComplete()
			.verify(Duration.ofSeconds(5));
		LoggedRequest request = only(wireMock);
		assertThat(request.getMethod().getName()).isEqualTo("GET");
		assertThat(request.getUrl()).isEqualTo("/");
		assertThat(request.getBody()).isEmpty();
		assertThat(request.getHeader("Cartesia-Version")).isEqualTo("2025-11-04");
		assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + TestClients.API_KEY);
	}

	@Test
	void getIgnoresUnknownResponseFields() {
		wireMock.stubFor(get(urlEqualTo("/")).willReturn(okJson("""
				{"ok":true,"version":"2026-08-14","region":"us-west-2","features":{"voices":["a","b"]},"beta":null}
				""")));
		StepVerifier.create(TestClients.client(wireMock.baseUrl()).apiStatus().get())
			.expectNext(new ApiStatus(true, "2026-08-14"))
			.expectComplete()
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void getReadsAMissingVersionAsNull() {
		wireMock.stubFor(get(urlEqualTo("/")).willReturn(okJson("{\"ok\":false}")));
		StepVerifier.create(TestClients.client(wireMock.baseUrl()).apiStatus().get())
			.expectNext(new ApiStatus(false, null))
			.expectComplete()
			.verify(Duration.ofSeconds(5));
	}

}
