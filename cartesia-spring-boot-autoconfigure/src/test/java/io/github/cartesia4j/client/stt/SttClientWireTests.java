package io.github.cartesia4j.client.stt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import io.github.cartesia4j.client.core.CartesiaBadRequestException;
import io.github.cartesia4j.client.core.CartesiaNotFoundException;
import io.github.cartesia4j.client.core.FileInput;
import io.github.cartesia4j.testing.RecordedRequests;
import io.github.cartesia4j.testing.TestClients;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SttClientWireTests {

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private static final int LARGE_FILE_SIZE = 3 * 1024 * 1024 + 17;

	private static final String TRANSCRIPT = """
			{"type":"transcript","request_id":"req_stt_1","text":"Hello world","language":"en","duration":1.25,
			 "words":[{"word":"Hello","start":0.0,"end":0.42,"confidence":0.98},{"word":"world","start":0.5,"end":1.1}],
			 "is_final":true,"model_version":"ink-whisper-2025-06-04"}
			""";

	private final SttClient stt = TestClients.client(wireMock.baseUrl()).stt();

	@Test
	void transcribeSendsTheFileAndFieldsAsMultipartAndReadsTheTranscription() {
		wireMock.stubFor(post(urlPathEqualTo("/stt")).willReturn(okJson(TRANSCRIPT)));
		byte[] wav = "RIFF....WAVEfmt audio".getBytes(StandardCharsets.US_ASCII);
		TranscriptionRequest request = TranscriptionRequest.builder()
			.file(FileInput.of(wav, "hello.wav"))
			.model(TranscriptionRequest.INK_WHISPER)
			.language("en")
			.wordTimestamps()
			.build();
		StepVerifier.create(this.stt.transcribe(request)).assertNext((transcription) -> {
			assertThat(transcription.type()).isEqualTo("transcript");
			assertThat(transcription.requestId()).isEqualTo("req_stt_1");
			assertThat(transcription.text()).isEqualTo("Hello world");
			assertThat(transcription.language()).isEqualTo("en");
			assertThat(transcription.duration()).isEqualTo(1.25);
			assertThat(transcription.isFinal()).isTrue();
			assertThat(transcription.words()).containsExactly(new TranscriptionWord("Hello", 0.0, 0.42),
					new TranscriptionWord("world", 0.5, 1.1));
		}).expectComplete().verify(TIMEOUT);
		LoggedRequest sent = RecordedRequests.only(wireMock);
		assertThat(sent.getMethod().getName()).isEqualTo("POST");
		assertThat(sent.getUrl()).isEqualTo("/stt");
		assertThat(sent.getHeader("Cartesia-Version")).isEqualTo("2025-11-04");
		assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer " + TestClients.API_KEY);
		RecordedMultipart multipart = RecordedMultipart.of(sent);
		assertThat(multipart.names()).containsExactly("file", "model", "language", "timestamp_granularities[]");
		RecordedMultipart.Part file = multipart.part("file");
		assertThat(file.filename()).isEqualTo("hello.wav");
		assertThat(file.contentType()).isEqualTo("audio/wav");
		assertThat(file.content()).isEqualTo(wav);
		assertThat(multipart.part("model").filename()).isNull();
		assertThat(multipart.part("model").contentType()).isEqualTo("text/plain;charset=UTF-8");
		assertThat(multipart.texts("model")).containsExactly("ink-whisper");
		assertThat(multipart.texts("language")).containsExactly("en");
		assertThat(multipart.texts("timestamp_granularities[]")).containsExactly("word");
	}

	@Test
	void headerlessPcmSendsEncodingAndSampleRateAsQueryParameters() {
		wireMock.stubFor(post(urlPathEqualTo("/stt")).willReturn(okJson("{\"text\":\"\"}")));
		byte[] pcm = new byte[] { 1, 0, 2, 0, 3, 0 };
		TranscriptionRequest request = TranscriptionRequest.builder()
			.file(FileInput.of(pcm, "speech.pcm"))
			.model("ink-whisper-2025-06-04")
			.encoding(SttEncoding.PCM_S16LE)
			.sampleRate(16000)
			.build();
		StepVerifier.create(this.stt.transcribe(request)).assertNext((transcription) -> {
			assertThat(transcription.text()).isEmpty();
			assertThat(transcription.words()).isEmpty();
			assertThat(transcription.type()).isNull();
			assertThat(transcription.duration()).isNull();
		}).expectComplete().verify(TIMEOUT);
		LoggedRequest sent = RecordedRequests.only(wireMock);
		assertThat(sent.getUrl()).isEqualTo("/stt?encoding=pcm_s16le&sample_rate=16000");
		RecordedMultipart multipart = RecordedMultipart.of(sent);
		assertThat(multipart.names()).containsExactly("file", "model");
		assertThat(multipart.part("file").filename()).isEqualTo("speech.pcm");
		assertThat(multipart.part("file").contentType()).isEqualTo("application/octet-stream");
		assertThat(multipart.part("file").content()).isEqualTo(pcm);
		assertThat(multipart.texts("model")).containsExactly("ink-whisper-2025-06-04");
	}

	@Test
	void everyEncodingHasItsWireValue() {
		assertThat(List.of(SttEncoding.values()).stream().map(SttEncoding::value)).containsExactly("pcm_s16le",
				"pcm_s32le", "pcm_f16le", "pcm_f32le", "pcm_mulaw", "pcm_alaw");
	}

	@Test
	void fileOnDiskIsStreamedAsItIsRead(@TempDir Path directory) throws IOException {
		wireMock.stubFor(post(urlPathEqualTo("/stt")).willReturn(okJson(TRANSCRIPT)));
		byte[] content = new byte[LARGE_FILE_SIZE];
		new Random(42).nextBytes(content);
		Path file = Files.write(directory.resolve("long-meeting.mp3"), content);
		StepVerifier.create(this.stt.transcribe(TranscriptionRequest.of(FileInput.of(file), "ink-whisper")))
			.expectNextCount(1)
			.expectComplete()
			.verify(TIMEOUT);
		LoggedRequest sent = RecordedRequests.only(wireMock);
		assertThat(sent.getHeader("Content-Length")).isNull();
		RecordedMultipart.Part part = RecordedMultipart.of(sent).part("file");
		assertThat(part.filename()).isEqualTo("long-meeting.mp3");
		assertThat(part.contentType()).isEqualTo("audio/mpeg");
		assertThat(part.content()).isEqualTo(content);
	}

	@Test
	void streamedFileIsSentChunkByChunk() {
		wireMock.stubFor(post(urlPathEqualTo("/stt")).willReturn(okJson(TRANSCRIPT)));
		Flux<byte[]> chunks = Flux.just(new byte[] { 1, 2 }, new byte[] { 3 }, new byte[] { 4, 5, 6 });
		StepVerifier
			.create(this.stt.transcribe(TranscriptionRequest.of(FileInput.of(chunks, "live.wav"), "ink-whisper")))
			.expectNextCount(1)
			.expectComplete()
			.verify(TIMEOUT);
		RecordedMultipart.Part part = RecordedMultipart.of(RecordedRequests.only(wireMock)).part("file");
		assertThat(part.filename()).isEqualTo("live.wav");
		assertThat(part.content()).containsExactly(1, 2, 3, 4, 5, 6);
	}

	@Test
	void invalidRequestsFailBeforeSending() {
		FileInput file = FileInput.of(new byte[] { 1 }, "a.wav");
		assertThatIllegalArgumentException().isThrownBy(() -> this.stt.transcribe(null))
			.withMessageContaining("'request'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.stt.transcribe(TranscriptionRequest.builder().model("ink-whisper").build()))
			.withMessageContaining("'file'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.stt.transcribe(TranscriptionRequest.of(file, " ")))
			.withMessageContaining("'model'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.stt.transcribe(TranscriptionRequest.builder()
				.file(file)
				.model("ink-whisper")
				.sampleRate(16000)
				.build()))
			.withMessageContaining("'sample_rate'")
			.withMessageContaining("'encoding'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.stt.transcribe(TranscriptionRequest.builder()
				.file(file)
				.model("ink-whisper")
				.encoding(SttEncoding.PCM_MULAW)
				.sampleRate(0)
				.build()))
			.withMessageContaining("'sample_rate' must be positive");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.stt.transcribe(TranscriptionRequest.builder()
				.file(file)
				.model("ink-whisper")
				.language("")
				.build()))
			.withMessageContaining("'language'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.stt.transcribe(TranscriptionRequest.builder()
				.file(file)
				.model("ink-whisper")
				.timestampGranularities(java.util.Arrays.asList(TimestampGranularity.WORD, null))
				.build()))
			.withMessageContaining("'timestamp_granularities[]'");
		assertThat(RecordedRequests.all(wireMock)).isEmpty();
	}

	@Test
	void badRequestBecomesTypedExceptionWithRequestId() {
		wireMock.stubFor(post(urlPathEqualTo("/stt")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error_code\":\"invalid_request\",\"title\":\"Invalid request\","
					+ "\"message\":\"model must be ink-whisper\",\"request_id\":\"req_bad_model\"}")));
		StepVerifier
			.create(this.stt.transcribe(TranscriptionRequest.of(FileInput.of(new byte[] { 1 }, "a.wav"), "sonic-3")))
			.expectErrorSatisfies((ex) -> {
				assertThat(ex).isInstanceOf(CartesiaBadRequestException.class);
				CartesiaBadRequestException badRequest = (CartesiaBadRequestException) ex;
				assertThat(badRequest.getStatusCode()).isEqualTo(400);
				assertThat(badRequest.getRequestId()).isEqualTo("req_bad_model");
				assertThat(badRequest.getApiMessage()).isEqualTo("model must be ink-whisper");
			})
			.verify(TIMEOUT);
		assertThat(RecordedRequests.all(wireMock)).hasSize(1);
	}

	@Test
	void notFoundBecomesTypedException() {
		wireMock.stubFor(post(urlPathEqualTo("/stt")).willReturn(aResponse().withStatus(404)
			.withHeader("X-Request-Id", "req_missing")
			.withBody("Not Found: no such route")));
		TranscriptionRequest request = TranscriptionRequest.of(FileInput.of(new byte[] { 1 }, "a.wav"), "ink-whisper");
		StepVerifier.create(this.stt.transcribe(request))
			.expectErrorSatisfies((ex) -> {
				assertThat(ex).isInstanceOf(CartesiaNotFoundException.class);
				assertThat(((CartesiaNotFoundException) ex).getRequestId()).isEqualTo("req_missing");
			})
			.verify(TIMEOUT);
	}

}
