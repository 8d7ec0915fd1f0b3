package io.github.cartesia4j.client.core;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import io.github.cartesia4j.client.CartesiaClient;
import io.github.cartesia4j.testing.TestClients;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.cartesia4j.testing.TestClients.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Transport failures of {@link CartesiaHttp}: timeouts, refused connections, malformed
 * responses.
 */
class CartesiaHttpFailureWireTests {

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@Test
	void responseSlowerThanTheFirstByteTimeoutIsATimeout() {
		wireMock.stubFor(any(anyUrl()).willReturn(okJson("{\"ok\":true}").withFixedDelay(3000)));
		CartesiaClient client = TestClients.builder(wireMock.baseUrl())
			.firstByteTimeout(Duration.ofMillis(300))
			.build();
		StepVerifier.create(client.apiStatus().get())
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(CartesiaTimeoutException.class)
				.hasMessageNotContaining(API_KEY))
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void bytesResponseSlowerThanTheFirstByteTimeoutIsATimeout() {
		wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withBody(new byte[] { 1 }).withFixedDelay(3000)));
		CartesiaClient client = TestClients.builder(wireMock.baseUrl())
			.firstByteTimeout(Duration.ofMillis(300))
			.build();
		StepVerifier.create(client.tts().bytes(TestClients.request().build()))
			.expectError(CartesiaTimeoutException.class)
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void requestOptionsTimeoutOverridesTheFirstByteTimeout() {
		wireMock.stubFor(any(anyUrl()).willReturn(okJson("{\"ok\":true}").withFixedDelay(3000)));
		CartesiaClient client = TestClients.builder(wireMock.baseUrl()).firstByteTimeout(Duration.ofSeconds(30)).build();
		StepVerifier
			.create(client.apiStatus()
				.withOptions(RequestOptions.builder().timeout(Duration.ofMillis(300)).build())
				.get())
			.expectError(CartesiaTimeoutException.class)
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void bodyThatStallsAfterItsFirstChunkIsInterruptedByTheChunkTimeout() {
		wireMock.stubFor(any(anyUrl())
			.willReturn(aResponse().withBody(new byte[4096]).withChunkedDribbleDelay(2, 3000)));
		CartesiaClient client = TestClients.builder(wireMock.baseUrl())
			.firstByteTimeout(Duration.ofSeconds(4))
			.chunkTimeout(Duration.ofMillis(300))
			.build();
		StepVerifier.create(client.tts().bytes(TestClients.request().build()))
			.expectNextCount(1)
			.thenConsumeWhile((chunk) -> true)
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(CartesiaStreamInterruptedException.class)
				.hasCauseInstanceOf(CartesiaTimeoutException.class))
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void refusedConnectionIsAConnectionException() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		CartesiaClient client = TestClients.client("http://127.0.0.1:" + closedPort);
		StepVerifier.create(client.tts().bytes(TestClients.request().build()))
			.expectErrorSatisfies((ex) -> {
				assertThat(ex).isExactlyInstanceOf(CartesiaConnectionException.class);
				assertThat(ex.getMessage()).contains("127.0.0.1:" + closedPort).doesNotContain(API_KEY);
				assertThat(ApiErrorMappingWireTests.stackTrace(ex)).doesNotContain(API_KEY);
				assertThat(((CartesiaException) ex).isRetryable()).isTrue();
			})
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void malformedJsonOnSuccessIsADecodingException() {
		wireMock.stubFor(any(anyUrl()).willReturn(okJson("{\"ok\":tru")));
		StepVerifier.create(TestClients.client(wireMock.baseUrl()).apiStatus().get())
			.expectErrorSatisfies((ex) -> {
				assertThat(ex).isInstanceOf(CartesiaDecodingException.class);
				assertThat(((CartesiaException) ex).isRetryable()).isFalse();
			})
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void jsonOfTheWrongShapeOnSuccessIsADecodingException() {
		wireMock.stubFor(any(anyUrl()).willReturn(okJson("[1,2,3]")));
		StepVerifier.create(TestClients.client(wireMock.baseUrl()).apiStatus().get())
			.expectError(CartesiaDecodingException.class)
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void emptyBodyOnAJsonEndpointIsADecodingException() {
		wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
		StepVerifier.create(TestClients.client(wireMock.baseUrl()).apiStatus().get())
			.expectError(CartesiaDecodingException.class)
			.verify(Duration.ofSeconds(5));
	}

}
