package io.github.cartesia4j.client.voicechanger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import io.github.cartesia4j.client.core.CartesiaDecodingException;
import io.github.cartesia4j.client.core.CartesiaNotFoundException;
import io.github.cartesia4j.client.core.CartesiaStreamException;
import io.github.cartesia4j.client.core.FileInput;
import io.github.cartesia4j.client.stt.RecordedMultipart;
import io.github.cartesia4j.client.tts.AudioEncoding;
import io.github.cartesia4j.client.tts.OutputFormat;
import io.github.cartesia4j.testing.RecordedRequests;
import io.github.cartesia4j.testing.TestClients;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class VoiceChangerClientWireTests {

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private static final byte[] CLIP = "RIFF-source-speech".getBytes(StandardCharsets.US_ASCII);

	private static final VoiceChangerRequest REQUEST = VoiceChangerRequest.of(FileInput.of(CLIP, "source.wav"),
			TestClients.VOICE_ID, OutputFormat.raw(AudioEncoding.PCM_F32LE, 44100));

	private final VoiceChangerClient voiceChanger = TestClients.client(wireMock.baseUrl()).voiceChanger();

	@Test
	void bytesSendsClipVoiceAndFormatAsMultipartAndStreamsTheAudio() {
		wireMock.stubFor(post(urlPathEqualTo("/voice-changer/bytes")).willReturn(aResponse()
			.withHeader("Content-Type", "audio/mpeg")
			.withBody(new byte[] { (byte) 0xFF, (byte) 0xFB })));
		VoiceChangerRequest mp3 = VoiceChangerRequest.of(FileInput.of(CLIP, "source.wav"), TestClients.VOICE_ID,
				OutputFormat.mp3(44100, 128000));
		StepVerifier.create(this.voiceChanger.bytesToArray(mp3))
			.assertNext((audio) -> assertThat(audio).containsExactly(0xFF, 0xFB))
			.expectComplete()
			.verify(TIMEOUT);
		LoggedRequest sent = RecordedRequests.only(wireMock);
		assertThat(sent.getMethod().getName()).isEqualTo("POST");
		assertThat(sent.getUrl()).isEqualTo("/voice-changer/bytes");
		assertThat(sent.getHeader("Cartesia-Version")).isEqualTo("2025-11-04");
		assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer " + TestClients.API_KEY);
		assertThat(sent.getHeader("Accept")).isEqualTo("audio/wav");
		RecordedMultipart multipart = RecordedMultipart.of(sent);
		assertThat(multipart.names()).containsExactly("clip", "voice[id]", "output_format[container]",
				"output_format[sample_rate]", "output_format[bit_rate]");
		RecordedMultipart.Part clip = multipart.part("clip");
		assertThat(clip.filename()).isEqualTo("source.wav");
		assertThat(clip.contentType()).isEqualTo("audio/wav");
		assertThat(clip.content()).isEqualTo(CLIP);
		assertThat(multipart.texts("voice[id]")).containsExactly(TestClients.VOICE_ID);
		assertThat(multipart.texts("output_format[container]")).containsExactly("mp3");
		assertThat(multipart.texts("output_format[sample_rate]")).containsExactly("44100");
		assertThat(multipart.texts("output_format[bit_rate]")).containsExactly("128000");
	}

	@Test
	void sseReadsTypelessChunkAndDoneFrames() {
		byte[] first = { 1, 2, 3, 4 };
		byte[] second = { 5, 6, 7, 8 };
		stubSse("data: " + chunk(first) + "\n\n" + ": keep-alive\n\n" + "data: " + chunk(second) + "\n\n"
				+ "data: {\"status_code\":200,\"done\":true}\n\n"
				+ "data: {\"status_code\":206,\"done\":false,\"data\":\"AAAA\"}\n\n");
		StepVerifier.create(this.voiceChanger.sse(REQUEST)).assertNext((event) -> {
			VoiceChangerEvent.Chunk chunk = (VoiceChangerEvent.Chunk) event;
			assertThat(chunk.audio()).isEqualTo(first);
			assertThat(chunk.sampleRate()).isEqualTo(44100);
			assertThat(chunk.stepTime()).isEqualTo(12.5);
		})
			.assertNext((event) -> assertThat(((VoiceChangerEvent.Chunk) event).audio()).isEqualTo(second))
			.expectNext(new VoiceChangerEvent.Done(200))
			.expectComplete()
			.verify(TIMEOUT);
		LoggedRequest sent = RecordedRequests.only(wireMock);
		assertThat(sent.getUrl()).isEqualTo("/voice-changer/sse");
		assertThat(sent.getHeader("Accept")).isEqualTo("text/event-stream");
		RecordedMultipart multipart = RecordedMultipart.of(sent);
		assertThat(multipart.names()).containsExactly("clip", "voice[id]", "output_format[container]",
				"output_format[encoding]", "output_format[sample_rate]");
		assertThat(multipart.part("clip").filename()).isEqualTo("source.wav");
		assertThat(multipart.texts("output_format[container]")).containsExactly("raw");
		assertThat(multipart.texts("output_format[encoding]")).containsExactly("pcm_f32le");
	}

	@Test
	void sseAlsoReadsTheTypedFramesOfOlderVersions() {
		stubSse("event: chunk\ndata: {\"type\":\"chunk\",\"done\":false,\"status_code\":206,\"context_id\":\"c\","
				+ "\"data\":\"CQo=\",\"step_time\":3}\n\nevent: done\ndata: {\"type\":\"done\",\"done\":true,"
				+ "\"status_code\":206,\"context_id\":\"c\"}\n\n");
		StepVerifier.create(this.voiceChanger.sse(REQUEST))
			.assertNext((event) -> assertThat(((VoiceChangerEvent.Chunk) event).audio()).containsExactly(9, 10))
			.expectNext(new VoiceChangerEvent.Done(206))
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void sseErrorFrameEndsTheStreamWithStreamException() {
		stubSse("data: " + chunk(new byte[] { 1 }) + "\n\nevent: error\ndata: {\"type\":\"error\",\"done\":true,"
				+ "\"status_code\":400,\"title\":\"Invalid clip\",\"message\":\"clip could not be decoded\","
				+ "\"error_code\":\"invalid_audio\",\"request_id\":\"req_vc_err\"}\n\n");
		StepVerifier.create(this.voiceChanger.sse(REQUEST))
			.assertNext((event) -> assertThat(event).isInstanceOf(VoiceChangerEvent.Chunk.class))
			.expectErrorSatisfies((ex) -> {
				assertThat(ex).isInstanceOf(CartesiaStreamException.class);
				CartesiaStreamException stream = (CartesiaStreamException) ex;
				assertThat(stream.getStatusCode()).isEqualTo(400);
				assertThat(stream.getTitle()).isEqualTo("Invalid clip");
				assertThat(stream.getApiMessage()).isEqualTo("clip could not be decoded");
				assertThat(stream.getErrorCode()).isEqualTo("invalid_audio");
				assertThat(stream.getRequestId()).isEqualTo("req_vc_err");
				assertThat(stream.isRetryable()).isFalse();
			})
			.verify(TIMEOUT);
	}

	@Test
	void sseStreamEndingWithoutItsDoneFrameIsAnError() {
		stubSse("data: " + chunk(new byte[] { 1, 2 }) + "\n\n");
		StepVerifier.create(this.voiceChanger.sse(REQUEST))
			.assertNext((event) -> assertThat(event).isInstanceOf(VoiceChangerEvent.Chunk.class))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(CartesiaDecodingException.class)
				.hasMessageContaining("done"))
			.verify(TIMEOUT);
	}

	@Test
	void sseStreamCutInsideAFrameIsAnError() {
		stubSse("data: " + chunk(new byte[] { 1, 2 }) + "\n\ndata: {\"status_code\":206,\"do");
		StepVerifier.create(this.voiceChanger.sse(REQUEST))
			.expectNextCount(1)
			.expectErrorSatisfies((ex) -> assertThat(ex).hasMessageContaining("ended inside a frame"))
			.verify(TIMEOUT);
	}

	@Test
	void invalidRequestsFailBeforeSending() {
		FileInput clip = FileInput.of(CLIP, "source.wav");
		OutputFormat format = OutputFormat.wav(AudioEncoding.PCM_S16LE, 16000);
		assertThatIllegalArgumentException().isThrownBy(() -> this.voiceChanger.bytes(null))
			.withMessageContaining("'request'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.voiceChanger.sse(null))
			.withMessageContaining("'request'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.voiceChanger.sse(VoiceChangerRequest.of(clip, " ", format)))
			.withMessageContaining("'voice[id]'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.voiceChanger.bytes(VoiceChangerRequest.of(null, TestClients.VOICE_ID, format)))
			.withMessageContaining("'clip'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.voiceChanger.bytes(VoiceChangerRequest.of(clip, TestClients.VOICE_ID, null)))
			.withMessageContaining("'output_format'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.voiceChanger.bytes(VoiceChangerRequest.of(clip, TestClients.VOICE_ID,
					OutputFormat.raw(AudioEncoding.PCM_S16LE, 11025))))
			.withMessageContaining("'output_format.sample_rate'");
		assertThat(RecordedRequests.all(wireMock)).isEmpty();
	}

	@Test
	void notFoundBecomesTypedExceptionWithRequestId() {
		wireMock.stubFor(post(urlPathEqualTo("/voice-changer/sse")).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error_code\":\"voice_not_found\",\"title\":\"Not found\",\"message\":\"Voice not found\","
					+ "\"request_id\":\"req_vc_404\"}")));
		StepVerifier.create(this.voiceChanger.sse(REQUEST)).expectErrorSatisfies((ex) -> {
			assertThat(ex).isInstanceOf(CartesiaNotFoundException.class);
			CartesiaNotFoundException notFound = (CartesiaNotFoundException) ex;
			assertThat(notFound.getRequestId()).isEqualTo("req_vc_404");
			assertThat(notFound.getErrorCode()).isEqualTo("voice_not_found");
		}).verify(TIMEOUT);
	}

	private static void stubSse(String body) {
		wireMock.stubFor(post(urlPathEqualTo("/voice-changer/sse"))
			.willReturn(aResponse().withHeader("Content-Type", "text/event-stream").withBody(body)));
	}

	private static String chunk(byte[] audio) {
		return "{\"status_code\":206,\"done\":false,\"data\":\"" + Base64.getEncoder().encodeToString(audio)
				+ "\",\"sample_rate\":44100,\"step_time\":12.5}";
	}

}
