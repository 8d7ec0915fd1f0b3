package io.github.cartesia4j.client.infill;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import io.github.cartesia4j.client.CartesiaClient;
import io.github.cartesia4j.client.core.CartesiaBadRequestException;
import io.github.cartesia4j.client.core.FileInput;
import io.github.cartesia4j.client.stt.SttEncoding;
import io.github.cartesia4j.client.stt.TranscriptionRequest;
import io.github.cartesia4j.client.tts.AudioEncoding;
import io.github.cartesia4j.client.tts.OutputFormat;
import io.github.cartesia4j.test.simulator.CartesiaSimulator;
import io.github.cartesia4j.test.simulator.RecordedRequest;
import io.github.cartesia4j.test.simulator.SyntheticSpeech;
import io.github.cartesia4j.testing.TestClients;

import static org.assertj.core.api.Assertions.assertThat;

class InfillSimulatorTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private static final CartesiaSimulator simulator = CartesiaSimulator.start();

	private final CartesiaClient client = TestClients.client(simulator.baseUrl());

	@AfterAll
	static void stopSimulator() {
		simulator.close();
	}

	@Test
	void infillSpeaksTheTranscriptBetweenTheClipsInTheRequestedFormat() {
		byte[] left = wavOf("good morning");
		byte[] right = wavOf("thank you");
		InfillRequest request = InfillRequest.builder()
			.leftAudio(FileInput.of(left, "left.wav"))
			.rightAudio(FileInput.of(right, "right.wav"))
			.modelId("sonic-3")
			.language("en")
			.transcript("and welcome to the new simulator")
			.voiceId(TestClients.VOICE_ID)
			.outputFormat(OutputFormat.wav(AudioEncoding.PCM_S16LE, 22050))
			.build();
		byte[] wav = this.client.infill().bytesToArray(request).block(TIMEOUT);
		ByteBuffer header = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
		int samples = SyntheticSpeech.of("and welcome to the new simulator", 22050, 1.0).sampleCount();
		assertThat(new String(wav, 0, 4)).isEqualTo("RIFF");
		assertThat(header.getInt(24)).isEqualTo(22050);
		assertThat(header.getInt(40)).isEqualTo(samples * 2).isEqualTo(wav.length - 44);
		TranscriptionRequest transcription = TranscriptionRequest.of(FileInput.of(wav, "middle.wav"), "ink-whisper");
		StepVerifier.create(this.client.stt().transcribe(transcription))
			.assertNext((result) -> assertThat(result.text()).isEqualTo("and welcome to the new simulator"))
			.expectComplete()
			.verify(TIMEOUT);
		RecordedRequest sent = simulator.requests()
			.stream()
			.filter((recorded) -> recorded.path().equals("/infill/bytes"))
			.findFirst()
			.orElseThrow();
		assertThat(sent.header("Content-Type")).startsWith("multipart/form-data");
	}

	@Test
	void infillWithOnlyARightClipStreamsRawAudio() {
		InfillRequest request = InfillRequest.builder()
			.rightAudio(FileInput.of(wavOf("yes"), "right.wav"))
			.modelId("sonic-3")
			.transcript("please")
			.voiceId(TestClients.VOICE_ID)
			.outputFormat(OutputFormat.raw(AudioEncoding.PCM_ALAW, 8000))
			.build();
		byte[] alaw = this.client.infill().bytesToArray(request).block(TIMEOUT);
		assertThat(alaw).hasSize(SyntheticSpeech.of("please", 8000, 1.0).sampleCount());
		TranscriptionRequest transcription = TranscriptionRequest.builder()
			.file(FileInput.of(alaw, "please.raw"))
			.model("ink-whisper")
			.encoding(SttEncoding.PCM_ALAW)
			.sampleRate(8000)
			.build();
		StepVerifier.create(this.client.stt().transcribe(transcription))
			.assertNext((result) -> assertThat(result.text()).isEqualTo("please"))
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void simulatorRejectsAClipThatIsNotAudio() {
		InfillRequest request = InfillRequest.builder()
			.leftAudio(FileInput.of("just text".getBytes(), "notes.txt"))
			.modelId("sonic-3")
			.transcript("middle")
			.voiceId(TestClients.VOICE_ID)
			.outputFormat(OutputFormat.mp3(44100, 128000))
			.build();
		StepVerifier.create(this.client.infill().bytes(request))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(CartesiaBadRequestException.class)
				.hasMessageContaining("left_audio could not be decoded"))
			.verify(TIMEOUT);
	}

	private byte[] wavOf(String transcript) {
		return this.client.tts().bytesToArray(TestClients.request().transcript(transcript).build()).block(TIMEOUT);
	}

}
