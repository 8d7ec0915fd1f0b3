package io.github.cartesia4j.resilience;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import io.github.cartesia4j.client.CartesiaClient;
import io.github.cartesia4j.client.core.CartesiaBadRequestException;
import io.github.cartesia4j.client.core.CartesiaRateLimitException;
import io.github.cartesia4j.client.core.CartesiaServerException;
import io.github.cartesia4j.client.core.CartesiaTimeoutException;
import io.github.cartesia4j.client.core.RequestOptions;
import io.github.cartesia4j.client.status.ApiStatus;
import io.github.cartesia4j.testing.RecordedRequests;
import io.github.cartesia4j.testing.TestClients;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retries of {@link Resilience4jCallDecorator} against a real HTTP server.
 */
class ResilienceWireTests {

	private static final String ERROR = "{\"title\":\"Oops\",\"message\":\"try again\"}";

	private static final byte[] AUDIO = { 1, 2, 3, 4 };

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final CartesiaClient client = TestClients.builder(wireMock.baseUrl())
		.callDecorator(TestClients.resilience())
		.build();

	@Test
	void serverErrorThenSuccessSucceedsWithExactlyTwoRequests() {
		respondInTurn(aResponse().withStatus(500).withBody(ERROR), aResponse().withBody(AUDIO));
		StepVerifier.create(this.client.tts().bytesToArray(TestClients.request().build()))
			.assertNext((audio) -> assertThat(audio).isEqualTo(AUDIO))
			.expectComplete()
			.verify(Duration.ofSeconds(5));
		assertThat(RecordedRequests.all(wireMock)).hasSize(2);
	}

	@Test
	void jsonCallIsRetriedToo() {
		respondInTurn(aResponse().withStatus(502), okJson("{\"ok\":true,\"version\":\"2025-11-04\"}"));
		StepVerifier.create(this.client.apiStatus().get())
			.expectNext(new ApiStatus(true, "2025-11-04"))
			.expectComplete()
			.verify(Duration.ofSeconds(5));
		assertThat(RecordedRequests.all(wireMock)).hasSize(2);
	}

	@Test
	void persistentServerErrorFailsAfterExactlyThreeRequests() {
		wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(503).withBody(ERROR)));
		StepVerifier.create(this.client.tts().bytes(TestClients.request().build()))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(CartesiaServerException.class,
					(server) -> assertThat(server.getStatusCode()).isEqualTo(503)))
			.verify(Duration.ofSeconds(5));
		assertThat(RecordedRequests.all(wireMock)).hasSize(3);
	}

	@Test
	void badRequestIsNotRetried() {
		wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(400).withBody(ERROR)));
		StepVerifier.create(this.client.tts().bytes(TestClients.request().build()))
			.expectError(CartesiaBadRequestException.class)
			.verify(Duration.ofSeconds(5));
		assertThat(RecordedRequests.all(wireMock)).hasSize(1);
	}

	@Test
	void rateLimitIsRetriedAfterTheRetryAfterDelay() {
		respondInTurn(aResponse().withStatus(429).withHeader("Retry-After", "1").withBody(ERROR),
				aResponse().withBody(AUDIO));
		StepVerifier.create(this.client.tts().bytesToArray(TestClients.request().build()))
			.assertNext((audio) -> assertThat(audio).isEqualTo(AUDIO))
			.expectComplete()
			.verify(Duration.ofSeconds(5));
		List<LoggedRequest> requests = sortedByTime();
		assertThat(requests).hasSize(2);
		assertThat(gap(requests.get(0), requests.get(1))).isBetween(Duration.ofMillis(900), Duration.ofMillis(3000));
	}

	@Test
	void retryAfterLongerThanTheCapFallsBackToTheShortBackoff() {
		respondInTurn(aResponse().withStatus(429).withHeader("Retry-After", "30").withBody(ERROR),
				aResponse().withBody(AUDIO));
		StepVerifier.create(this.client.tts().bytesToArray(TestClients.request().build()))
			.expectNextCount(1)
			.expectComplete()
			.verify(Duration.ofSeconds(5));
		List<LoggedRequest> requests = sortedByTime();
		assertThat(requests).hasSize(2);
		assertThat(gap(requests.get(0), requests.get(1))).isLessThan(Duration.ofSeconds(3));
	}

	@Test
	void persistentRateLimitEndsWithTheRateLimitException() {
		wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(429).withBody(ERROR)));
		StepVerifier.create(this.client.tts().bytes(TestClients.request().build()))
			.expectError(CartesiaRateLimitException.class)
			.verify(Duration.ofSeconds(5));
		assertThat(RecordedRequests.all(wireMock)).hasSize(3);
	}

	@Test
	void maxRetriesZeroSendsExactlyOneRequest() {
		wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500).withBody(ERROR)));
		StepVerifier
			.create(this.client.tts()
				.withOptions(RequestOptions.builder().maxRetries(0).build())
				.bytes(TestClients.request().build()))
			.expectError(CartesiaServerException.class)
			.verify(Duration.ofSeconds(5));
		assertThat(RecordedRequests.all(wireMock)).hasSize(1);
	}

	@Test
	void maxRetriesOverridesTheConfiguredAttempts() {
		wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500).withBody(ERROR)));
		StepVerifier
			.create(this.client.tts()
				.withOptions(RequestOptions.builder().maxRetries(4).build())
				.bytes(TestClients.request().build()))
			.expectError(CartesiaServerException.class)
			.verify(Duration.ofSeconds(5));
		assertThat(RecordedRequests.all(wireMock)).hasSize(5);
	}

	@Test
	void firstByteTimeoutIsRetried() {
		wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withBody(AUDIO).withFixedDelay(1500)));
		CartesiaClient impatient = TestClients.builder(wireMock.baseUrl())
			.firstByteTimeout(Duration.ofMillis(200))
			.callDecorator(TestClients.resilience())
			.build();
		StepVerifier.create(impatient.tts().bytes(TestClients.request().build()))
			.expectError(CartesiaTimeoutException.class)
			.verify(Duration.ofSeconds(5));
		assertThat(RecordedRequests.all(wireMock)).hasSize(3);
	}

	private static void respondInTurn(ResponseDefinitionBuilder first, ResponseDefinitionBuilder then) {
		wireMock.stubFor(any(anyUrl()).inScenario("flaky")
			.whenScenarioStateIs(STARTED)
			.willReturn(first)
			.willSetStateTo("recovered"));
		wireMock.stubFor(any(anyUrl()).inScenario("flaky").whenScenarioStateIs("recovered").willReturn(then));
	}

	private static List<LoggedRequest> sortedByTime() {
		return RecordedRequests.all(wireMock)
			.stream()
			.sorted(Comparator.comparing(LoggedRequest::getLoggedDate))
			.toList();
	}

	private static Duration gap(LoggedRequest first, LoggedRequest second) {
		return Duration.ofMillis(second.getLoggedDate().getTime() - first.getLoggedDate().getTime());
	}

}
