package io.github.cartesia4j.client.core;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import io.github.cartesia4j.testing.TestClients;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTP error responses become the typed {@link CartesiaApiException} subclasses.
 */
class ApiErrorMappingWireTests {

	private static final String JSON_ERROR = """
			{"error_code":"some_code","title":"Some title","message":"Something went wrong",
			 "request_id":"2f1e2b8a-1111-4c4c-9a9a-0123456789ab",
			 "doc_url":"https://docs.cartesia.ai/api-reference/errors"}""";

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	static Stream<Arguments> statuses() {
		return Stream.of(Arguments.of(400, CartesiaBadRequestException.class),
				Arguments.of(401, CartesiaAuthenticationException.class),
				Arguments.of(403, CartesiaPermissionDeniedException.class),
				Arguments.of(404, CartesiaNotFoundException.class), Arguments.of(409, CartesiaConflictException.class),
				Arguments.of(422, CartesiaUnprocessableEntityException.class),
				Arguments.of(429, CartesiaRateLimitException.class), Arguments.of(500, CartesiaServerException.class),
				Arguments.of(503, CartesiaServerException.class));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@MethodSource("statuses")
	void jsonErrorBodyBecomesTheTypedExceptionWithEveryField(int status,
			Class<? extends CartesiaApiException> type) {
		stub(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(JSON_ERROR));
		StepVerifier.create(bytes())
			.expectErrorSatisfies((ex) -> assertThat(ex).isExactlyInstanceOf(type)
				.isInstanceOfSatisfying(CartesiaApiException.class, (api) -> {
					assertThat(api.getStatusCode()).isEqualTo(status);
					assertThat(api.getErrorCode()).isEqualTo("some_code");
					assertThat(api.getTitle()).isEqualTo("Some title");
					assertThat(api.getApiMessage()).isEqualTo("Something went wrong");
					assertThat(api.getRequestId()).isEqualTo("2f1e2b8a-1111-4c4c-9a9a-0123456789ab");
					assertThat(api.getDocUrl()).isEqualTo("https://docs.cartesia.ai/api-reference/errors");
					assertThat(api.getResponseBodyAsString()).isEqualTo(JSON_ERROR);
					assertThat(api.getMessage()).contains(String.valueOf(status), "some_code", "Some title",
							"Something went wrong", "2f1e2b8a-1111-4c4c-9a9a-0123456789ab");
					assertThat(api.isRetryable()).isEqualTo(status == 409 || status == 429 || status >= 500);
					assertThat(api.getMessage()).doesNotContain(TestClients.API_KEY);
					assertThat(api.toString()).doesNotContain(TestClients.API_KEY);
					assertThat(stackTrace(api)).doesNotContain(TestClients.API_KEY);
				}))
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void jsonErrorOnAJsonEndpointIsMappedToo() {
		stub(aResponse().withStatus(404).withBody(JSON_ERROR));
		StepVerifier.create(TestClients.client(wireMock.baseUrl()).apiStatus().get())
			.expectError(CartesiaNotFoundException.class)
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void plainTextBodyOfOlderVersionsIsSplitIntoTitleAndMessage() {
		stub(aResponse().withStatus(400)
			.withHeader("Content-Type", "text/plain")
			.withBody("Invalid model: model_id sonic-9 does not exist"));
		StepVerifier.create(bytes())
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(CartesiaBadRequestException.class,
					(api) -> {
						assertThat(api.getTitle()).isEqualTo("Invalid model");
						assertThat(api.getApiMessage()).isEqualTo("model_id sonic-9 does not exist");
						assertThat(api.getErrorCode()).isNull();
						assertThat(api.getResponseBodyAsString())
							.isEqualTo("Invalid model: model_id sonic-9 does not exist");
					}))
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void legacyErrorFieldIsSplitIntoTitleAndMessage() {
		stub(aResponse().withStatus(422).withBody("{\"error\":\"Invalid transcript: too long\"}"));
		StepVerifier.create(bytes())
			.expectErrorSatisfies((ex) -> assertThat(ex)
				.isInstanceOfSatisfying(CartesiaUnprocessableEntityException.class, (api) -> {
					assertThat(api.getTitle()).isEqualTo("Invalid transcript");
					assertThat(api.getApiMessage()).isEqualTo("too long");
				}))
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void emptyErrorBodyStillMapsTheStatus() {
		stub(aResponse().withStatus(502));
		StepVerifier.create(bytes())
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(CartesiaServerException.class,
					(api) -> {
						assertThat(api.getStatusCode()).isEqualTo(502);
						assertThat(api.getTitle()).isNull();
						assertThat(api.getApiMessage()).isNull();
						assertThat(api.getResponseBody()).isEmpty();
					}))
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void requestIdFallsBackToTheXRequestIdHeader() {
		stub(aResponse().withStatus(400)
			.withHeader("X-Request-Id", "req-from-header")
			.withBody("{\"title\":\"Bad\",\"message\":\"no id in body\"}"));
		StepVerifier.create(bytes())
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(CartesiaApiException.class,
					(api) -> assertThat(api.getRequestId()).isEqualTo("req-from-header")))
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void requestIdOfTheBodyWinsOverTheHeader() {
		stub(aResponse().withStatus(400).withHeader("X-Request-Id", "req-from-header").withBody(JSON_ERROR));
		StepVerifier.create(bytes())
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(CartesiaApiException.class,
					(api) -> assertThat(api.getRequestId()).isEqualTo("2f1e2b8a-1111-4c4c-9a9a-0123456789ab")))
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void retryAfterInSecondsIsExposed() {
		stub(aResponse().withStatus(429).withHeader("Retry-After", "7").withBody(JSON_ERROR));
		StepVerifier.create(bytes())
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(CartesiaRateLimitException.class,
					(api) -> assertThat(api.getRetryAfter()).contains(Duration.ofSeconds(7))))
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void retryAfterAsAnHttpDateIsExposedAsTheTimeUntilThatDate() {
		String inThirtySeconds = DateTimeFormatter.RFC_1123_DATE_TIME
			.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(30));
		stub(aResponse().withStatus(429).withHeader("Retry-After", inThirtySeconds).withBody(JSON_ERROR));
		StepVerifier.create(bytes())
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(CartesiaRateLimitException.class,
					(api) -> assertThat(api.getRetryAfter()).hasValueSatisfying((delay) -> assertThat(delay)
						.isBetween(Duration.ofSeconds(20), Duration.ofSeconds(30)))))
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void retryAfterMillisecondsWinsOverRetryAfter() {
		stub(aResponse().withStatus(429)
			.withHeader("retry-after-ms", "1500")
			.withHeader("Retry-After", "7")
			.withBody(JSON_ERROR));
		StepVerifier.create(bytes())
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(CartesiaRateLimitException.class,
					(api) -> assertThat(api.getRetryAfter()).contains(Duration.ofMillis(1500))))
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void noRetryAfterHeaderMeansNoRetryAfter() {
		stub(aResponse().withStatus(429).withBody(JSON_ERROR));
		StepVerifier.create(bytes())
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(CartesiaRateLimitException.class,
					(api) -> assertThat(api.getRetryAfter()).isEmpty()))
			.verify(Duration.ofSeconds(5));
	}

	private static Flux<byte[]> bytes() {
		return TestClients.client(wireMock.baseUrl()).tts().bytes(TestClients.request().build());
	}

	static String stackTrace(Throwable ex) {
		StringWriter text = new StringWriter();
		ex.printStackTrace(new PrintWriter(text));
		return text.toString();
	}

	private static void stub(ResponseDefinitionBuilder response) {
		wireMock.stubFor(any(anyUrl()).willReturn(response));
	}

}
