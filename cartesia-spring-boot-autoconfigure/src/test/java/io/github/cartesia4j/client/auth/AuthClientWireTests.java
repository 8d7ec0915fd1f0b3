package io.github.cartesia4j.client.auth;

import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import io.github.cartesia4j.client.CartesiaClient;
import io.github.cartesia4j.client.core.CartesiaAuthenticationException;
import io.github.cartesia4j.client.core.CartesiaDecodingException;
import io.github.cartesia4j.testing.RecordedRequests;
import io.github.cartesia4j.testing.TestClients;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

class AuthClientWireTests {

	static final String TOKEN = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
			+ ".eyJncmFudHMiOnsidHRzIjp0cnVlfSwiZXhwIjoxNzU1MDg2NDYwfQ.c2lnbmF0dXJl";

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final AuthClient client = TestClients.client(wireMock.baseUrl()).auth();

	@Test
	void accessTokenPostsGrantsAndLifetimeAndParsesTheToken() {
		wireMock.stubFor(any(anyUrl()).willReturn(okJson("{\"token\":\"" + TOKEN + "\",\"expires_at\":1755086460}")));
		StepVerifier.create(this.client.accessToken(TokenRequest.of(Duration.ofSeconds(60), Grant.TTS, Grant.STT)))
			.assertNext((response) -> {
				assertThat(response.token()).isEqualTo(TOKEN);
				assertThat(response.toString()).doesNotContain(TOKEN);
			})
			.expectComplete()
			.verify(Duration.ofSeconds(5));
		LoggedRequest request = RecordedRequests.only(wireMock);
		assertThat(request.getMethod().getName()).isEqualTo("POST");
		assertThat(request.getUrl()).isEqualTo("/access-token");
		assertThat(request.getHeader("Cartesia-Version")).isEqualTo("2025-11-04");
		assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + TestClients.API_KEY);
		assertThat(request.getHeader("Content-Type")).startsWith("application/json");
		RecordedRequests.assertJsonBody(request, "{\"grants\":{\"tts\":true,\"stt\":true},\"expires_in\":60}");
	}

	@Test
	void accessTokenLeavesOutTheLifetimeAndGrantsThatAreNotSet() {
		wireMock.stubFor(any(anyUrl()).willReturn(okJson("{\"token\":\"" + TOKEN + "\"}")));
		this.client.accessToken(TokenRequest.of(Grant.AGENT)).block(Duration.ofSeconds(5));
		this.client.accessToken(new TokenRequest(new TokenGrants(true, false, null), 3600))
			.block(Duration.ofSeconds(5));
		List<LoggedRequest> requests = RecordedRequests.all(wireMock);
		RecordedRequests.assertJsonBody(requests.get(0), "{\"grants\":{\"agent\":true}}");
		RecordedRequests.assertJsonBody(requests.get(1),
				"{\"grants\":{\"tts\":true,\"stt\":false},\"expires_in\":3600}");
	}

	@Test
	void theTokenBuildsASecondClientThatAuthenticatesWithIt() {
		wireMock.stubFor(post(urlEqualTo("/access-token")).willReturn(okJson("{\"token\":\"" + TOKEN + "\"}")));
		wireMock.stubFor(post(urlEqualTo("/tts/bytes"))
			.willReturn(aResponse().withHeader("Content-Type", "audio/wav").withBody(new byte[] { 1, 2, 3 })));
		String token = this.client.accessToken(TokenRequest.of(Duration.ofMinutes(5), Grant.TTS))
			.map(TokenResponse::token)
			.block(Duration.ofSeconds(5));
		CartesiaClient restricted = CartesiaClient.builder().accessToken(token).baseUrl(wireMock.baseUrl()).build();
		StepVerifier.create(restricted.tts().bytesToArray(TestClients.request().build()))
			.assertNext((audio) -> assertThat(audio).containsExactly(1, 2, 3))
			.expectComplete()
			.verify(Duration.ofSeconds(5));
		List<LoggedRequest> requests = RecordedRequests.all(wireMock);
		assertThat(requests).extracting(LoggedRequest::getUrl).containsExactly("/access-token", "/tts/bytes");
		LoggedRequest speech = requests.get(1);
		assertThat(speech.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
		assertThat(speech.containsHeader("X-API-Key")).isFalse();
		assertThat(speech.getHeaders().all()).noneMatch((header) -> header.values().contains(TestClients.API_KEY)
				|| header.firstValue().contains(TestClients.API_KEY));
		RecordedRequests.assertJsonBody(requests.get(0), "{\"grants\":{\"tts\":true},\"expires_in\":300}");
	}

	@Test
	void unauthorizedMapsToTypedExceptionWithRequestId() {
		wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error_code\":\"invalid_api_key\",\"title\":\"Unauthorized\","
					+ "\"message\":\"Access tokens must be created with an API key\","
					+ "\"request_id\":\"0d8f1a52-7c11-4c3e-8f0b-5b7a9e6c2d41\"}")));
		StepVerifier.create(this.client.accessToken(TokenRequest.of(Grant.TTS)))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(
					CartesiaAuthenticationException.class, (unauthorized) -> {
						assertThat(unauthorized.getStatusCode()).isEqualTo(401);
						assertThat(unauthorized.getRequestId()).isEqualTo("0d8f1a52-7c11-4c3e-8f0b-5b7a9e6c2d41");
						assertThat(unauthorized.isRetryable()).isFalse();
						assertThat(unauthorized.getMessage()).doesNotContain(TestClients.API_KEY);
					}))
			.verify(Duration.ofSeconds(5));
		assertThat(RecordedRequests.all(wireMock)).hasSize(1);
	}

	@Test
	void aResponseWithoutTokenIsADecodingError() {
		wireMock.stubFor(any(anyUrl()).willReturn(okJson("{\"status\":\"ok\"}")));
		StepVerifier.create(this.client.accessToken(TokenRequest.of(Grant.STT)))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(CartesiaDecodingException.class)
				.hasMessageContaining("token"))
			.verify(Duration.ofSeconds(5));
	}

}
