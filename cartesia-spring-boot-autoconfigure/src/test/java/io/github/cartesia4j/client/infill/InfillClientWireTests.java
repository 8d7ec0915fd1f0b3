package io.github.cartesia4j.client.infill;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import io.github.cartesia4j.client.core.CartesiaBadRequestException;
import io.github.cartesia4j.client.core.FileInput;
import io.github.cartesia4j.client.stt.RecordedMultipart;
import io.github.cartesia4j.client.tts.AudioEncoding;
import io.github.cartesia4j.client.tts.Container;
import io.github.cartesia4j.client.tts.OutputFormat;
import io.github.cartesia4j.testing.RecordedRequests;
import io.github.cartesia4j.testing.TestClients;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class InfillClientWireTests {

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private static final byte[] LEFT = "RIFF-left-clip".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] RIGHT = "RIFF-right-clip".getBytes(StandardCharsets.US_ASCII);

	private final InfillClient infill = TestClients.client(wireMock.baseUrl()).infill();

	@Test
	void bytesSendsBothClipsAndTheFieldsAsMultipartAndStreamsTheAudio() {
		byte[] audio = new byte[64 * 1024];
		for (int i = 0; i < audio.length; i++) {
			audio[i] = (byte) i;
		}
		wireMock.stubFor(post(urlPathEqualTo("/infill/bytes"))
			.willReturn(aResponse().withHeader("Content-Type", "audio/wav")
				.withBody(audio)
				.withChunkedDribbleDelay(4, 20)));
		InfillRequest request = InfillRequest.builder()
			.leftAudio(FileInput.of(LEFT, "left.wav"))
			.rightAudio(FileInput.of(RIGHT, "right.mp3"))
			.modelId("sonic-3")
			.language("en")
			.transcript("middle segment")
			.voiceId(TestClients.VOICE_ID)
			.outputFormat(OutputFormat.wav(AudioEncoding.PCM_F32LE, 44100))
			.build();
		StepVerifier.create(this.infill.bytesToArray(request))
			.assertNext((body) -> assertThat(body).isEqualTo(audio))
			.expectComplete()
			.verify(TIMEOUT);
		LoggedRequest sent = RecordedRequests.only(wireMock);
		assertThat(sent.getMethod().getName()).isEqualTo("POST");
		assertThat(sent.getUrl()).isEqualTo("/infill/bytes");
		assertThat(sent.getHeader("Cartesia-Version")).isEqualTo("2025-11-04");
		assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer " + TestClients.API_KEY);
		assertThat(sent.getHeader("Accept")).isEqualTo("audio/wav");
		RecordedMultipart multipart = RecordedMultipart.of(sent);
		assertThat(multipart.names()).containsExactly("left_audio", "right_audio", "model_id", "language",
				"transcript", "voice_id", "output_format[container]", "output_format[encoding]",
				"output_format[sample_rate]");
		assertThat(multipart.part("left_audio").filename()).isEqualTo("left.wav");
		assertThat(multipart.part("left_audio").contentType()).isEqualTo("audio/wav");
		assertThat(multipart.part("left_audio").content()).isEqualTo(LEFT);
		assertThat(multipart.part("right_audio").filename()).isEqualTo("right.mp3");
		assertThat(multipart.part("right_audio").contentType()).isEqualTo("audio/mpeg");
		assertThat(multipart.part("right_audio").content()).isEqualTo(RIGHT);
		assertThat(multipart.texts("model_id")).containsExactly("sonic-3");
		assertThat(multipart.texts("language")).containsExactly("en");
		assertThat(multipart.texts("transcript")).containsExactly("middle segment");
		assertThat(multipart.texts("voice_id")).containsExactly(TestClients.VOICE_ID);
		assertThat(multipart.texts("output_format[container]")).containsExactly("wav");
		assertThat(multipart.texts("output_format[encoding]")).containsExactly("pcm_f32le");
		assertThat(multipart.texts("output_format[sample_rate]")).containsExactly("44100");
	}

	@Test
	void bytesWithOnlyTheRightClipAndMp3SendsNoLeftPartAndABitRate() {
		wireMock.stubFor(post(urlPathEqualTo("/infill/bytes"))
			.willReturn(aResponse().withHeader("Content-Type", "audio/mpeg").withBody(new byte[] { 1, 2, 3 })));
		InfillRequest request = InfillRequest.builder()
			.rightAudio(FileInput.of(RIGHT, "right.wav"))
			.modelId("sonic-3")
			.transcript("Before the chorus,")
			.voiceId(TestClients.VOICE_ID)
			.outputFormat(OutputFormat.mp3(44100, 128000))
			.build();
		StepVerifier.create(this.infill.bytes(request))
			.assertNext((chunk) -> assertThat(chunk).containsExactly(1, 2, 3))
			.expectComplete()
			.verify(TIMEOUT);
		RecordedMultipart multipart = RecordedMultipart.of(RecordedRequests.only(wireMock));
		assertThat(multipart.names()).containsExactly("right_audio", "model_id", "transcript", "voice_id",
				"output_format[container]", "output_format[sample_rate]", "output_format[bit_rate]");
		assertThat(multipart.texts("output_format[container]")).containsExactly("mp3");
		assertThat(multipart.texts("output_format[bit_rate]")).containsExactly("128000");
		assertThat(multipart.texts("transcript")).containsExactly("Before the chorus,");
	}

	@Test
	void invalidRequestsFailBeforeSending() {
		InfillRequest.Builder valid = InfillRequest.builder()
			.leftAudio(FileInput.of(LEFT, "left.wav"))
			.modelId("sonic-3")
			.transcript("middle")
			.voiceId(TestClients.VOICE_ID)
			.outputFormat(OutputFormat.raw(AudioEncoding.PCM_S16LE, 16000));
		assertThatIllegalArgumentException().isThrownBy(() -> this.infill.bytes(null))
			.withMessageContaining("'request'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.infill.bytes(valid.leftAudio(null).build()))
			.withMessageContaining("'left_audio' or 'right_audio'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.infill
				.bytesToArray(valid.leftAudio(FileInput.of(LEFT, "l.wav")).voiceId(" ").build()))
			.withMessageContaining("'voice_id'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.infill.bytes(valid.voiceId(TestClients.VOICE_ID).modelId("").build()))
			.withMessageContaining("'model_id'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.infill.bytes(valid.modelId("sonic-3").transcript(null).build()))
			.withMessageContaining("'transcript'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.infill.bytes(valid.transcript("middle").outputFormat(null).build()))
			.withMessageContaining("'output_format'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.infill.bytes(valid.outputFormat(OutputFormat.mp3(44100, 100000)).build()))
			.withMessageContaining("'output_format.bit_rate'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.infill
				.bytes(valid.outputFormat(new OutputFormat(Container.WAV, null, 44100, null))
					.build()))
			.withMessageContaining("'output_format.encoding'");
		assertThat(RecordedRequests.all(wireMock)).isEmpty();
	}

	@Test
	void badRequestBecomesTypedExceptionWithRequestId() {
		wireMock.stubFor(post(urlPathEqualTo("/infill/bytes")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error_code\":null,\"title\":\"Invalid request\",\"message\":\"voice_id is required\","
					+ "\"request_id\":\"req_infill_1\",\"doc_url\":\"https://docs.cartesia.ai/api-reference\"}")));
		InfillRequest request = InfillRequest.builder()
			.leftAudio(FileInput.of(LEFT, "left.wav"))
			.modelId("sonic-3")
			.transcript("middle")
			.voiceId("unknown-voice")
			.outputFormat(OutputFormat.raw(AudioEncoding.PCM_S16LE, 16000))
			.build();
		StepVerifier.create(this.infill.bytes(request)).expectErrorSatisfies((ex) -> {
			assertThat(ex).isInstanceOf(CartesiaBadRequestException.class);
			CartesiaBadRequestException badRequest = (CartesiaBadRequestException) ex;
			assertThat(badRequest.getRequestId()).isEqualTo("req_infill_1");
			assertThat(badRequest.getApiMessage()).isEqualTo("voice_id is required");
			assertThat(badRequest.getDocUrl()).isEqualTo("https://docs.cartesia.ai/api-reference");
		}).verify(TIMEOUT);
	}

}
