package io.github.cartesia4j.client.tts;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import reactor.util.function.Tuple2;
import reactor.util.function.Tuples;

import io.github.cartesia4j.client.CartesiaClient;
import io.github.cartesia4j.testing.TestClients;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.cartesia4j.testing.RecordedRequests.only;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Audio responses of {@link TtsClient#bytes}, {@link TtsClient#bytesToArray} and
 * {@link TtsClient#bytesWithResponse}.
 */
class TtsClientBytesWireTests {

	private static final int ONE_MIB = 1024 * 1024;

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@Test
	void bytesStreamsAOneMebibyteBodyCompletelyInSeveralChunks() {
		byte[] audio = randomBytes(ONE_MIB);
		stubAudio(audio);
		CartesiaClient client = TestClients.client(wireMock.baseUrl());
		StepVerifier.create(client.tts().bytes(TestClients.request().build()).collectList())
			.assertNext((chunks) -> {
				assertThat(chunks).hasSizeGreaterThan(1);
				assertThat(chunks).allSatisfy((chunk) -> assertThat(chunk.length).isLessThan(audio.length));
				assertThat(concat(chunks)).isEqualTo(audio);
			})
			.expectComplete()
			.verify(Duration.ofSeconds(10));
	}

	@Test
	void bytesToArrayReturnsTheWholeBody() {
		byte[] audio = randomBytes(ONE_MIB + 17);
		stubAudio(audio);
		CartesiaClient client = TestClients.client(wireMock.baseUrl());
		StepVerifier.create(client.tts().bytesToArray(TestClients.request().build()))
			.assertNext((bytes) -> assertThat(bytes).isEqualTo(audio))
			.expectComplete()
			.verify(Duration.ofSeconds(10));
	}

	@Test
	void bytesToArrayOfAnEmptyBodyIsAnEmptyArray() {
		stubAudio(new byte[0]);
		CartesiaClient client = TestClients.client(wireMock.baseUrl());
		StepVerifier.create(client.tts().bytesToArray(TestClients.request().build()))
			.assertNext((bytes) -> assertThat(bytes).isEmpty())
			.expectComplete()
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void bytesWithResponseExposesFileIdRequestIdContentTypeAndTheAudio() {
		byte[] audio = randomBytes(300_000);
		wireMock.stubFor(post(urlPathEqualTo("/tts/bytes"))
			.willReturn(aResponse().withHeader("Content-Type", "audio/mpeg")
				.withHeader("Cartesia-File-ID", "file-abc123")
				.withHeader("X-Request-Id", "req-42")
				.withBody(audio)));
		CartesiaClient client = TestClients.client(wireMock.baseUrl());
		Mono<Tuple2<TtsAudioResponse, byte[]>> result = client.tts()
			.bytesWithResponse(TestClients.request().outputFormat(OutputFormat.mp3(44100, 128000)).save(true).build())
			.flatMap((response) -> response.audio()
				.collectList()
				.map((chunks) -> Tuples.of(response, concat(chunks))));
		StepVerifier.create(result).assertNext((received) -> {
			assertThat(received.getT1().fileId()).isEqualTo("file-abc123");
			assertThat(received.getT1().requestId()).isEqualTo("req-42");
			assertThat(received.getT1().contentType()).isEqualTo("audio/mpeg");
			assertThat(received.getT2()).isEqualTo(audio);
		}).expectComplete().verify(Duration.ofSeconds(5));
		assertThat(only(wireMock).getBodyAsString()).contains("\"save\":true");
	}

	@Test
	void bytesWithResponseWithoutSaveHasNoFileId() {
		stubAudio(new byte[] { 9, 8, 7 });
		CartesiaClient client = TestClients.client(wireMock.baseUrl());
		StepVerifier.create(client.tts()
			.bytesWithResponse(TestClients.request().build())
			.flatMap((response) -> response.audio().then(Mono.just(response))))
			.assertNext((response) -> assertThat(response.fileId()).isNull())
			.expectComplete()
			.verify(Duration.ofSeconds(5));
		assertThat(only(wireMock).getBodyAsString()).doesNotContain("save");
	}

	private static void stubAudio(byte[] audio) {
		wireMock.stubFor(post(urlPathEqualTo("/tts/bytes"))
			.willReturn(aResponse().withHeader("Content-Type", "audio/wav").withBody(audio)));
	}

	private static byte[] randomBytes(int size) {
		byte[] bytes = new byte[size];
		new Random(42).nextBytes(bytes);
		return bytes;
	}

	private static byte[] concat(List<byte[]> chunks) {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		chunks.forEach(all::writeBytes);
		return all.toByteArray();
	}

}
