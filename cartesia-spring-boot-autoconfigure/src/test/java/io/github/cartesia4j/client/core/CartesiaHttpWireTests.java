package io.github.cartesia4j.client.core;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.test.StepVerifier;

import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;

import io.github.cartesia4j.client.CartesiaClient;
import io.github.cartesia4j.client.status.ApiStatusClient;
import io.github.cartesia4j.testing.TestClients;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.cartesia4j.testing.RecordedRequests.only;
import static io.github.cartesia4j.testing.TestClients.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Headers, authentication per API version, per-call options and base URL checks of
 * {@link CartesiaHttp}.
 */
class CartesiaHttpWireTests {

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@BeforeEach
	void stubStatus() {
		wireMock.stubFor(any(anyUrl()).willReturn(okJson("{\"ok\":true,\"version\":\"2025-11-04\"}")));
	}

	@Test
	void legacyVersionAuthenticatesWithXApiKeyAndNoAuthorization() {
		send(TestClients.builder(wireMock.baseUrl()).apiVersion("2024-11-13").build().apiStatus());
		LoggedRequest request = only(wireMock);
		assertThat(request.getHeader("Cartesia-Version")).isEqualTo("2024-11-13");
		assertThat(request.getHeader("X-API-Key")).isEqualTo(API_KEY);
		assertThat(request.containsHeader("Authorization")).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "2025-04-16", "2025-11-04", "2026-08-14" })
	void currentVersionsAuthenticateWithBearerAndNoXApiKey(String version) {
		send(TestClients.builder(wireMock.baseUrl()).apiVersion(version).build().apiStatus());
		LoggedRequest request = only(wireMock);
		assertThat(request.getHeader("Cartesia-Version")).isEqualTo(version);
		assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + API_KEY);
		assertThat(request.containsHeader("X-API-Key")).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "2024-06-10", "2024-11-13", "2025-11-04" })
	void accessTokenIsAlwaysSentAsBearer(String version) {
		CartesiaClient client = CartesiaClient.builder()
			.accessToken("tok_short_lived")
			.baseUrl(wireMock.baseUrl())
			.apiVersion(version)
			.build();
		send(client.apiStatus());
		LoggedRequest request = only(wireMock);
		assertThat(request.getHeader("Authorization")).isEqualTo("Bearer tok_short_lived");
		assertThat(request.containsHeader("X-API-Key")).isFalse();
	}

	@Test
	void userAgentNamesTheLibraryAndItsVersion() {
		send(TestClients.client(wireMock.baseUrl()).apiStatus());
		assertThat(only(wireMock).getHeader("User-Agent")).isEqualTo("cartesia-spring-boot/" + CartesiaClient.VERSION)
			.doesNotEndWith("/unknown");
	}

	@Test
	void withOptionsAddsAnExtraHeader() {
		send(TestClients.client(wireMock.baseUrl())
			.apiStatus()
			.withOptions(RequestOptions.builder().header("X-Trace", "abc").build()));
		assertThat(only(wireMock).getHeader("X-Trace")).isEqualTo("abc");
	}

	@Test
	void withOptionsDoesNotChangeTheOriginalClient() {
		ApiStatusClient original = TestClients.client(wireMock.baseUrl()).apiStatus();
		original.withOptions(RequestOptions.builder().header("X-Trace", "abc").apiVersion("2024-11-13").build());
		send(original);
		LoggedRequest request = only(wireMock);
		assertThat(request.containsHeader("X-Trace")).isFalse();
		assertThat(request.getHeader("Cartesia-Version")).isEqualTo("2025-11-04");
	}

	@Test
	void withOptionsVersionOverrideDowngradesTheAuthHeaderToXApiKey() {
		send(TestClients.client(wireMock.baseUrl())
			.apiStatus()
			.withOptions(RequestOptions.builder().apiVersion("2024-11-13").build()));
		LoggedRequest request = only(wireMock);
		assertThat(request.getHeader("Cartesia-Version")).isEqualTo("2024-11-13");
		assertThat(request.getHeader("X-API-Key")).isEqualTo(API_KEY);
		assertThat(request.containsHeader("Authorization")).isFalse();
	}

	@Test
	void withOptionsVersionOverrideUpgradesTheAuthHeaderToBearer() {
		send(TestClients.builder(wireMock.baseUrl())
			.apiVersion("2024-11-13")
			.build()
			.apiStatus()
			.withOptions(RequestOptions.builder().apiVersion("2025-04-16").build()));
		LoggedRequest request = only(wireMock);
		assertThat(request.getHeader("Cartesia-Version")).isEqualTo("2025-04-16");
		assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + API_KEY);
		assertThat(request.containsHeader("X-API-Key")).isFalse();
	}

	@Test
	void withOptionsMergesHeadersAcrossCalls() {
		send(TestClients.client(wireMock.baseUrl())
			.apiStatus()
			.withOptions(RequestOptions.builder().header("X-One", "1").build())
			.withOptions(RequestOptions.builder().header("X-Two", "2").build()));
		LoggedRequest request = only(wireMock);
		assertThat(request.getHeader("X-One")).isEqualTo("1");
		assertThat(request.getHeader("X-Two")).isEqualTo("2");
	}

	@Test
	void plainHttpOnANonLoopbackHostIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CartesiaClient.builder().apiKey(API_KEY).baseUrl("http://example.com").build())
			.withMessageContaining("example.com");
	}

	@Test
	void plainHttpOnANonLoopbackHostIsAcceptedWhenExplicitlyAllowed() {
		assertThatNoException().isThrownBy(() -> CartesiaClient.builder()
			.apiKey(API_KEY)
			.allowInsecureHttp(true)
			.baseUrl("http://example.com")
			.build());
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://localhost:8080", "http://127.0.0.1:8080", "http://[::1]:8080",
			"https://example.com" })
	void httpsAndLoopbackHttpAreAccepted(String baseUrl) {
		assertThatNoException().isThrownBy(() -> CartesiaClient.builder().apiKey(API_KEY).baseUrl(baseUrl).build());
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://localhost.example.com", "http://127.0.0.1.nip.io", "ftp://localhost",
			"api.cartesia.ai", "https://api.cartesia.ai?x=1" })
	void lookalikeAndMalformedBaseUrlsAreRefused(String baseUrl) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CartesiaClient.builder().apiKey(API_KEY).baseUrl(baseUrl).build());
	}

	@Test
	void buildingWithoutCredentialsIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CartesiaClient.builder().baseUrl(wireMock.baseUrl()).build());
	}

	@Test
	void trailingSlashOfTheBaseUrlIsNotDoubled() {
		send(TestClients.client(wireMock.baseUrl() + "/").apiStatus());
		assertThat(only(wireMock).getUrl()).isEqualTo("/");
	}

	@Test
	void aGivenConnectorCarriesEveryRequest() {
		List<String> sent = new CopyOnWriteArrayList<>();
		ReactorClientHttpConnector reactor = new ReactorClientHttpConnector();
		ClientHttpConnector counting = (method, uri, callback) -> {
			sent.add(method + " " + uri.getRawPath());
			return reactor.connect(method, uri, callback);
		};
		send(TestClients.builder(wireMock.baseUrl()).clientConnector(counting).build().apiStatus());
		assertThat(sent).containsExactly("GET /");
		LoggedRequest request = only(wireMock);
		assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + API_KEY);
		assertThat(request.getHeader("Cartesia-Version")).isEqualTo("2025-11-04");
	}

	@Test
	void clientToStringDoesNotRevealTheKey() {
		assertThat(TestClients.client(wireMock.baseUrl()).toString()).doesNotContain(API_KEY)
			.contains(wireMock.baseUrl());
	}

	private static void send(ApiStatusClient client) {
		StepVerifier.create(client.get()).expectNextCount(1).expectComplete().verify(Duration.ofSeconds(5));
	}

}
