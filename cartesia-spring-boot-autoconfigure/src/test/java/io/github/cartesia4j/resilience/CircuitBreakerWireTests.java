package io.github.cartesia4j.resilience;

import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import io.github.cartesia4j.client.CartesiaClient;
import io.github.cartesia4j.client.core.CartesiaBadRequestException;
import io.github.cartesia4j.client.status.ApiStatus;
import io.github.cartesia4j.testing.RecordedRequests;
import io.github.cartesia4j.testing.TestClients;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Circuit breakers of {@link Resilience4jCallDecorator}, one per API resource.
 */
class CircuitBreakerWireTests {

	private static final String ERROR = "{\"title\":\"Oops\",\"message\":\"broken\"}";

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final Resilience4jCallDecorator decorator = TestClients.resilience(TestClients.circuitBreaker()
		.slidingWindowType(SlidingWindowType.COUNT_BASED)
		.slidingWindowSize(4)
		.minimumNumberOfCalls(4)
		.failureRateThreshold(50)
		.waitDurationInOpenState(Duration.ofMinutes(5))
		.build());

	private final CartesiaClient client = TestClients.builder(wireMock.baseUrl()).callDecorator(this.decorator).build();

	@Test
	void sustainedServerErrorsOpenTheBreakerWhichThenFailsFastWithoutRequests() {
		wireMock.stubFor(post(urlEqualTo("/tts/bytes")).willReturn(aResponse().withStatus(500).withBody(ERROR)));
		openTtsBreaker();
		assertThat(ttsRequests()).as("every attempt, retries included, is a breaker call").isEqualTo(4);
		StepVerifier.create(this.client.tts().bytes(TestClients.request().build()))
			.expectError(CallNotPermittedException.class)
			.verify(Duration.ofSeconds(5));
		StepVerifier.create(this.client.tts().sse(TestClients.request().build()))
			.expectError(CallNotPermittedException.class)
			.verify(Duration.ofSeconds(5));
		assertThat(RecordedRequests.all(wireMock)).hasSize(4);
	}

	@Test
	void openBreakerOfOneResourceDoesNotBlockAnother() {
		wireMock.stubFor(post(urlEqualTo("/tts/bytes")).willReturn(aResponse().withStatus(500).withBody(ERROR)));
		wireMock.stubFor(get(urlEqualTo("/")).willReturn(okJson("{\"ok\":true,\"version\":\"2025-11-04\"}")));
		openTtsBreaker();
		StepVerifier.create(this.client.apiStatus().get())
			.expectNext(new ApiStatus(true, "2025-11-04"))
			.expectComplete()
			.verify(Duration.ofSeconds(5));
		assertThat(wireMock.findAll(getRequestedFor(urlEqualTo("/")))).hasSize(1);
		assertThat(this.decorator.circuitBreaker("api-status").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		assertThat(this.decorator.circuitBreaker("tts").getState()).isEqualTo(CircuitBreaker.State.OPEN);
	}

	@Test
	void clientErrorsDoNotCountAsBreakerFailures() {
		wireMock.stubFor(post(urlEqualTo("/tts/bytes")).willReturn(aResponse().withStatus(400).withBody(ERROR)));
		for (int i = 0; i < 8; i++) {
			StepVerifier.create(this.client.tts().bytes(TestClients.request().build()))
				.expectError(CartesiaBadRequestException.class)
				.verify(Duration.ofSeconds(5));
		}
		CircuitBreaker breaker = this.decorator.circuitBreaker("tts");
		assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
		assertThat(ttsRequests()).isEqualTo(8);
	}

	@Test
	void breakersAreNamedAfterTheResource() {
		assertThat(this.decorator.circuitBreaker("tts").getName()).isEqualTo("cartesia-tts");
		assertThat(this.decorator.retry("tts").getName()).isEqualTo("cartesia-tts");
	}

	private void openTtsBreaker() {
		CircuitBreaker breaker = this.decorator.circuitBreaker("tts");
		for (int i = 0; i < 10 && breaker.getState() != CircuitBreaker.State.OPEN; i++) {
			StepVerifier.create(this.client.tts().bytes(TestClients.request().build()))
				.expectError()
				.verify(Duration.ofSeconds(5));
		}
		assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
	}

	private static int ttsRequests() {
		return wireMock.findAll(postRequestedFor(urlEqualTo("/tts/bytes"))).size();
	}

}
