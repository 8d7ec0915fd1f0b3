package io.github.cartesia4j.client.tts;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.PooledDataBuffer;

import io.github.cartesia4j.client.CartesiaClient;
import io.github.cartesia4j.client.core.CartesiaRateLimitException;
import io.github.cartesia4j.testing.TestClients;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.cartesia4j.testing.RecordedRequests.all;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link TtsClient#bytesAsDataBuffers}: the same request as {@link TtsClient#bytes}, the
 * audio in buffers that belong to the caller.
 */
class TtsClientDataBufferWireTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@Test
	void sendsExactlyTheRequestThatBytesSends() {
		stubAudio(new byte[] { 1, 2, 3 });
		CartesiaClient client = TestClients.client(wireMock.baseUrl());
		TtsRequest request = TestClients.request().build();
		StepVerifier.create(client.tts().bytes(request)).expectNextCount(1).expectComplete().verify(TIMEOUT);
		StepVerifier.create(client.tts().bytesAsDataBuffers(request).doOnNext(DataBufferUtils::release))
			.expectNextCount(1)
			.expectComplete()
			.verify(TIMEOUT);
		List<LoggedRequest> requests = all(wireMock);
		assertThat(requests).hasSize(2);
		LoggedRequest viaBytes = requests.get(0);
		LoggedRequest viaBuffers = requests.get(1);
		assertThat(viaBuffers.getMethod()).isEqualTo(viaBytes.getMethod());
		assertThat(viaBuffers.getUrl()).isEqualTo("/tts/bytes").isEqualTo(viaBytes.getUrl());
		for (String header : List.of("Cartesia-Version", "Authorization", "User-Agent", "Accept", "Content-Type")) {
			assertThat(viaBuffers.getHeader(header)).as(header).isNotNull().isEqualTo(viaBytes.getHeader(header));
		}
		assertThat(viaBuffers.getHeader("Authorization")).isEqualTo("Bearer " + TestClients.API_KEY);
		assertThat(viaBuffers.getBodyAsString()).isEqualTo(viaBytes.getBodyAsString()).contains("\"transcript\"");
	}

	@Test
	void streamsAOneMebibyteBodyInSeveralBuffersThatTheCallerOwns() {
		byte[] audio = new byte[1024 * 1024 + 5];
		new Random(7).nextBytes(audio);
		stubAudio(audio);
		List<DataBuffer> buffers = new ArrayList<>();
		StepVerifier.create(TestClients.client(wireMock.baseUrl()).tts().bytesAsDataBuffers(TestClients.request().build()))
			.recordWith(() -> buffers)
			.thenConsumeWhile((buffer) -> true)
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(buffers).hasSizeGreaterThan(1).allSatisfy((buffer) -> {
			assertThat(buffer.readableByteCount()).isPositive();
			assertThat(isAllocated(buffer)).as("not released before the caller is done").isTrue();
		});
		ByteArrayOutputStream received = new ByteArrayOutputStream();
		for (DataBuffer buffer : buffers) {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			received.writeBytes(bytes);
		}
		buffers.forEach(DataBufferUtils::release);
		assertThat(buffers).noneSatisfy((buffer) -> assertThat(isAllocated(buffer)).isTrue());
		assertThat(received.toByteArray()).isEqualTo(audio);
	}

	@Test
	void cancellingAfterTheFirstBufferLeavesThatBufferToTheCallerAndCompletesQuietly() {
		byte[] audio = new byte[512 * 1024];
		new Random(3).nextBytes(audio);
		stubAudio(audio);
		List<DataBuffer> buffers = new ArrayList<>();
		StepVerifier.create(TestClients.client(wireMock.baseUrl()).tts().bytesAsDataBuffers(TestClients.request().build()),
				1)
			.recordWith(() -> buffers)
			.expectNextCount(1)
			.thenCancel()
			.verify(TIMEOUT);
		assertThat(buffers).hasSize(1);
		DataBuffer first = buffers.get(0);
		assertThat(isAllocated(first)).isTrue();
		byte[] start = new byte[first.readableByteCount()];
		first.read(start);
		DataBufferUtils.release(first);
		assertThat(start).isEqualTo(java.util.Arrays.copyOf(audio, start.length));
	}

	@Test
	void anErrorStatusIsMappedLikeAnyOtherCall() {
		wireMock.stubFor(post(urlPathEqualTo("/tts/bytes")).willReturn(aResponse().withStatus(429)
			.withHeader("Content-Type", "application/json")
			.withHeader("X-Request-Id", "req-7")
			.withHeader("Retry-After", "2")
			.withBody("{\"error_code\":\"concurrency_limited\",\"title\":\"Too many\",\"message\":\"slow down\",\"later\":1}")));
		StepVerifier.create(TestClients.client(wireMock.baseUrl()).tts().bytesAsDataBuffers(TestClients.request().build()))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(CartesiaRateLimitException.class,
					(api) -> {
						assertThat(api.getStatusCode()).isEqualTo(429);
						assertThat(api.getErrorCode()).isEqualTo("concurrency_limited");
						assertThat(api.getRequestId()).isEqualTo("req-7");
						assertThat(api.getRetryAfter()).contains(Duration.ofSeconds(2));
					}))
			.verify(TIMEOUT);
	}

	private static boolean isAllocated(DataBuffer buffer) {
		return !(buffer instanceof PooledDataBuffer pooled) || pooled.isAllocated();
	}

	private static void stubAudio(byte[] audio) {
		wireMock.stubFor(post(urlPathEqualTo("/tts/bytes"))
			.willReturn(aResponse().withHeader("Content-Type", "audio/wav").withBody(audio)));
	}

}
