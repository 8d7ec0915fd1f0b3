package io.github.cartesia4j.client.tts;

import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import io.github.cartesia4j.client.core.CartesiaDecodingException;
import io.github.cartesia4j.client.core.CartesiaRateLimitException;
import io.github.cartesia4j.client.core.CartesiaStreamException;
import io.github.cartesia4j.testing.TestClients;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parsing of {@code /tts/sse} responses by {@link TtsClient#sse}.
 */
class TtsClientSseWireTests {

	private static final String STREAM = """
			: a comment the client must skip
			event: chunk
			data: {"type":"chunk","done":false,"status_code":206,"step_time":12.5,"context_id":"ctx-1","data":"AQIDBA=="}

			event: timestamps
			data: {"type":"timestamps","done":false,"status_code":206,"context_id":"ctx-1","word_timestamps":{"words":["Grüße","world"],"start":[0.0,0.4],"end":[0.4,0.9]}}

			event: future_event
			data: {"type":"future_event","done":false,"status_code":206,"something":"new"}

			event: phoneme_timestamps
			data: {"type":"phoneme_timestamps","done":false,"status_code":206,"context_id":"ctx-1","phoneme_timestamps":{"phonemes":["ɡ","ʁ","yː"],"start":[0.0,0.1,0.2],"end":[0.1,0.2,0.4]}}

			event: chunk
			data: {"type":"chunk","done":false,"status_code":206,"step_time":3,"context_id":"ctx-1","data":"/w=="}

			event: done
			data: {"type":"done","done":true,"status_code":206,"context_id":"ctx-1"}

			""";

	private static final String CHUNK = """
			data: {"type":"chunk","done":false,"status_code":206,"data":"AQID"}

			""";

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@Test
	void sseParsesChunksTimestampsPhonemesAndDoneSkippingCommentsAndUnknownEvents() {
		stubSse(sse(STREAM));
		StepVerifier.create(events())
			.assertNext(TtsClientSseWireTests::assertFirstChunk)
			.assertNext(TtsClientSseWireTests::assertWords)
			.assertNext(TtsClientSseWireTests::assertPhonemes)
			.assertNext(TtsClientSseWireTests::assertSecondChunk)
			.assertNext((event) -> assertThat(event).isEqualTo(new TtsEvent.Done("ctx-1")))
			.expectComplete()
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void sseParsesCrlfLineEndsAndFramesSplitAcrossManySmallChunks() {
		stubSse(sse(STREAM.replace("\n", "\r\n")).withChunkedDribbleDelay(60, 600));
		StepVerifier.create(events())
			.assertNext(TtsClientSseWireTests::assertFirstChunk)
			.assertNext(TtsClientSseWireTests::assertWords)
			.assertNext(TtsClientSseWireTests::assertPhonemes)
			.assertNext(TtsClientSseWireTests::assertSecondChunk)
			.assertNext((event) -> assertThat(event).isEqualTo(new TtsEvent.Done("ctx-1")))
			.expectComplete()
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void sseDispatchesOnTheJsonTypeEvenWithoutEventLines() {
		stubSse(sse(CHUNK + "data: {\"type\":\"done\",\"done\":true,\"status_code\":206}\n\n"));
		StepVerifier.create(events())
			.assertNext((event) -> assertThat(event).isInstanceOfSatisfying(TtsEvent.Chunk.class,
					(chunk) -> assertThat(chunk.audio()).containsExactly(1, 2, 3)))
			.assertNext((event) -> assertThat(event).isInstanceOf(TtsEvent.Done.class))
			.expectComplete()
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void sseErrorFrameInTheStructuredShapeBecomesStreamException() {
		stubSse(sse(CHUNK + """
				event: error
				data: {"type":"error","done":true,"status_code":400,"error_code":"voice_not_found","title":"Invalid voice","message":"Voice abc does not exist","request_id":"req-7","doc_url":"https://docs.cartesia.ai/errors"}

				"""));
		StepVerifier.create(events())
			.expectNextMatches(TtsEvent.Chunk.class::isInstance)
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(CartesiaStreamException.class,
					(stream) -> {
						assertThat(stream.getStatusCode()).isEqualTo(400);
						assertThat(stream.getErrorCode()).isEqualTo("voice_not_found");
						assertThat(stream.getTitle()).isEqualTo("Invalid voice");
						assertThat(stream.getApiMessage()).isEqualTo("Voice abc does not exist");
						assertThat(stream.getRequestId()).isEqualTo("req-7");
						assertThat(stream.getFrame()).contains("voice_not_found");
						assertThat(stream.getMessage()).contains("400", "Invalid voice", "req-7");
					}))
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void sseErrorFrameInTheOlderStringShapeIsSplitIntoTitleAndMessage() {
		stubSse(sse("""
				data: {"type":"error","done":true,"status_code":500,"context_id":"ctx-9","error":"Internal Server Error: generation failed"}

				"""));
		StepVerifier.create(events())
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(CartesiaStreamException.class,
					(stream) -> {
						assertThat(stream.getStatusCode()).isEqualTo(500);
						assertThat(stream.getErrorCode()).isNull();
						assertThat(stream.getTitle()).isEqualTo("Internal Server Error");
						assertThat(stream.getApiMessage()).isEqualTo("generation failed");
						assertThat(stream.getRequestId()).isNull();
						assertThat(stream.getContextId()).isEqualTo("ctx-9");
					}))
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void sseThatEndsWithoutDoneIsAnErrorNotAShorterSuccess() {
		stubSse(sse(CHUNK + CHUNK));
		StepVerifier.create(events())
			.expectNextCount(2)
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(CartesiaDecodingException.class)
				.hasMessageContaining("done"))
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void sseWhoseLastFrameIsTruncatedIsAnError() {
		stubSse(sse(CHUNK + "data: {\"type\":\"chunk\",\"done\":false,\"data\":\"AQ"));
		StepVerifier.create(events())
			.expectNextCount(1)
			.expectError(CartesiaDecodingException.class)
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void sseWithMalformedJsonInAFrameIsADecodingError() {
		stubSse(sse("data: {\"type\":\"chunk\",\n\n"));
		StepVerifier.create(events())
			.expectError(CartesiaDecodingException.class)
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void sseHttpErrorStatusIsMappedLikeAnyOtherCall() {
		stubSse(aResponse().withStatus(429)
			.withHeader("Retry-After", "3")
			.withBody("{\"error_code\":\"concurrency_limited\",\"title\":\"Too many\",\"message\":\"slow down\"}"));
		StepVerifier.create(events())
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(CartesiaRateLimitException.class,
					(api) -> {
						assertThat(api.getErrorCode()).isEqualTo("concurrency_limited");
						assertThat(api.getRetryAfter()).contains(Duration.ofSeconds(3));
					}))
			.verify(Duration.ofSeconds(5));
	}

	private static Flux<TtsEvent> events() {
		return TestClients.client(wireMock.baseUrl()).tts().sse(TestClients.request().build());
	}

	private static ResponseDefinitionBuilder sse(String body) {
		return aResponse().withHeader("Content-Type", "text/event-stream").withBody(body);
	}

	private static void stubSse(ResponseDefinitionBuilder response) {
		wireMock.stubFor(post(urlPathEqualTo("/tts/sse")).willReturn(response));
	}

	private static void assertFirstChunk(TtsEvent event) {
		assertThat(event).isInstanceOfSatisfying(TtsEvent.Chunk.class, (chunk) -> {
			assertThat(chunk.audio()).containsExactly(1, 2, 3, 4);
			assertThat(chunk.stepTime()).isEqualTo(12.5);
			assertThat(chunk.contextId()).isEqualTo("ctx-1");
		});
	}

	private static void assertSecondChunk(TtsEvent event) {
		assertThat(event).isInstanceOfSatisfying(TtsEvent.Chunk.class,
				(chunk) -> assertThat(chunk.audio()).containsExactly((byte) 0xFF));
	}

	private static void assertWords(TtsEvent event) {
		assertThat(event).isEqualTo(new TtsEvent.Words(
				new WordTimestamps(List.of("Grüße", "world"), List.of(0.0, 0.4), List.of(0.4, 0.9)), "ctx-1", null));
	}

	private static void assertPhonemes(TtsEvent event) {
		assertThat(event).isEqualTo(new TtsEvent.Phonemes(new PhonemeTimestamps(List.of("ɡ", "ʁ", "yː"),
				List.of(0.0, 0.1, 0.2), List.of(0.1, 0.2, 0.4)), "ctx-1", null));
	}

}
