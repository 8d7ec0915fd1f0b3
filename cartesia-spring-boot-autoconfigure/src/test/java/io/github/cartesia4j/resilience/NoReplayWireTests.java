package io.github.cartesia4j.resilience;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import io.github.cartesia4j.client.CartesiaClient;
import io.github.cartesia4j.client.core.CartesiaConnectionException;
import io.github.cartesia4j.client.core.CartesiaStreamException;
import io.github.cartesia4j.client.core.CartesiaStreamInterruptedException;
import io.github.cartesia4j.client.tts.TtsEvent;
import io.github.cartesia4j.testing.RecordedRequests;
import io.github.cartesia4j.testing.ResettingHttpServer;
import io.github.cartesia4j.testing.TestClients;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Once audio was delivered, a failed stream is never retried: a retry would replay audio the
 * caller already played.
 */
class NoReplayWireTests {

	private static final byte[] FIRST_PART = new byte[1500];

	static {
		Arrays.fill(FIRST_PART, (byte) 7);
	}

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@Test
	void bytesCutAfterItsFirstChunkIsInterruptedAndNotRetried() {
		try (ResettingHttpServer server = ResettingHttpServer.start("audio/wav", FIRST_PART)) {
			ByteArrayOutputStream received = new ByteArrayOutputStream();
			StepVerifier.create(client(server.baseUrl()).tts().bytes(TestClients.request().build()))
				.thenConsumeWhile((chunk) -> true, received::writeBytes)
				.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(CartesiaStreamInterruptedException.class)
					.hasMessageContaining("tts.bytes"))
				.verify(Duration.ofSeconds(5));
			assertThat(received.toByteArray()).isEqualTo(FIRST_PART);
			assertThat(server.requestCount()).isEqualTo(1);
		}
	}

	@Test
	void bytesWithResponseBodyCutAfterItsFirstChunkIsInterruptedAndNotRetried() {
		try (ResettingHttpServer server = ResettingHttpServer.start("audio/wav", FIRST_PART)) {
			StepVerifier
				.create(client(server.baseUrl()).tts()
					.bytesWithResponse(TestClients.request().build())
					.flatMapMany((response) -> response.audio()))
				.thenConsumeWhile((chunk) -> true)
				.expectError(CartesiaStreamInterruptedException.class)
				.verify(Duration.ofSeconds(5));
			assertThat(server.requestCount()).isEqualTo(1);
		}
	}

	@Test
	void sseCutAfterAChunkFrameIsInterruptedAndNotRetried() {
		byte[] frame = "data: {\"type\":\"chunk\",\"done\":false,\"status_code\":206,\"data\":\"AQID\"}\n\n"
			.getBytes(StandardCharsets.UTF_8);
		try (ResettingHttpServer server = ResettingHttpServer.start("text/event-stream", frame)) {
			StepVerifier.create(client(server.baseUrl()).tts().sse(TestClients.request().build()))
				.expectNextMatches(TtsEvent.Chunk.class::isInstance)
				.expectError(CartesiaStreamInterruptedException.class)
				.verify(Duration.ofSeconds(5));
			assertThat(server.requestCount()).isEqualTo(1);
		}
	}

	@Test
	void connectionResetBeforeAnyDataIsRetried() {
		try (ResettingHttpServer server = ResettingHttpServer.start("audio/wav", new byte[0])) {
			StepVerifier.create(client(server.baseUrl()).tts().bytes(TestClients.request().build()))
				.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(CartesiaConnectionException.class)
					.isNotInstanceOf(CartesiaStreamInterruptedException.class))
				.verify(Duration.ofSeconds(5));
			assertThat(server.requestCount()).isEqualTo(3);
		}
	}

	@Test
	void sseErrorFrameAfterAChunkFailsWithoutRetry() {
		wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withHeader("Content-Type", "text/event-stream")
			.withBody("""
					data: {"type":"chunk","done":false,"status_code":206,"data":"AQID"}

					event: error
					data: {"type":"error","done":true,"status_code":500,"title":"Internal error","message":"generation failed","request_id":"req-1"}

					""")));
		StepVerifier.create(client(wireMock.baseUrl()).tts().sse(TestClients.request().build()))
			.expectNextMatches(TtsEvent.Chunk.class::isInstance)
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(CartesiaStreamException.class,
					(stream) -> assertThat(stream.getStatusCode()).isEqualTo(500)))
			.verify(Duration.ofSeconds(5));
		assertThat(RecordedRequests.all(wireMock)).hasSize(1);
	}

	@Test
	void cancellingAfterTheFirstChunkSendsNoFurtherRequest() {
		wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withBody(new byte[1024 * 1024])));
		StepVerifier.create(client(wireMock.baseUrl()).tts().bytes(TestClients.request().build()).take(1))
			.expectNextCount(1)
			.expectComplete()
			.verify(Duration.ofSeconds(5));
		assertThat(RecordedRequests.all(wireMock)).hasSize(1);
	}

	private static CartesiaClient client(String baseUrl) {
		return TestClients.builder(baseUrl).callDecorator(TestClients.resilience()).build();
	}

}
