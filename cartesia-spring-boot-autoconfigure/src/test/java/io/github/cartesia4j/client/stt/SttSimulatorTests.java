package io.github.cartesia4j.client.stt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.test.StepVerifier;

import io.github.cartesia4j.client.CartesiaClient;
import io.github.cartesia4j.client.core.CartesiaBadRequestException;
import io.github.cartesia4j.client.core.FileInput;
import io.github.cartesia4j.client.tts.AudioEncoding;
import io.github.cartesia4j.client.tts.OutputFormat;
import io.github.cartesia4j.client.tts.TtsRequest;
import io.github.cartesia4j.test.simulator.CartesiaSimulator;
import io.github.cartesia4j.test.simulator.RecordedRequest;
import io.github.cartesia4j.test.simulator.SyntheticSpeech;
import io.github.cartesia4j.testing.TestClients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SttSimulatorTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private static final CartesiaSimulator simulator = CartesiaSimulator.start();

	private final CartesiaClient client = TestClients.client(simulator.baseUrl());

	@AfterAll
	static void stopSimulator() {
		simulator.close();
	}

	@Test
	void speechSynthesizedByTheSimulatorIsTranscribedBackWithWordTimestamps() {
		byte[] wav = wavOf("hello world");
		TranscriptionRequest request = TranscriptionRequest.builder()
			.file(FileInput.of(wav, "hello.wav"))
			.model(TranscriptionRequest.INK_WHISPER)
			.language("en")
			.wordTimestamps()
			.build();
		List<SyntheticSpeech.Word> spoken = SyntheticSpeech.of("hello world", 44100, 1.0).words();
		StepVerifier.create(this.client.stt().transcribe(request)).assertNext((transcription) -> {
			assertThat(transcription.type()).isEqualTo("transcript");
			assertThat(transcription.requestId()).isNotBlank();
			assertThat(transcription.text()).isEqualTo("hello world");
			assertThat(transcription.language()).isEqualTo("en");
			assertThat(transcription.duration()).isCloseTo(spoken.get(1).end(), within(0.001));
			assertThat(transcription.words()).extracting(TranscriptionWord::word).containsExactly("hello", "world");
			for (int i = 0; i < spoken.size(); i++) {
				assertThat(transcription.words().get(i).start()).isCloseTo(spoken.get(i).start(), within(0.002));
				assertThat(transcription.words().get(i).end()).isCloseTo(spoken.get(i).end(), within(0.002));
			}
		}).expectComplete().verify(TIMEOUT);
	}

	@Test
	void fileOnDiskIsStreamedToTheSimulator(@TempDir Path directory) throws IOException {
		byte[] wav = this.client.tts()
			.bytesToArray(TestClients.request()
				.transcript("the quick brown fox jumps over the lazy dog")
				.outputFormat(OutputFormat.wav(AudioEncoding.PCM_F32LE, 24000))
				.build())
			.block(TIMEOUT);
		Path file = Files.write(directory.resolve("fox.wav"), wav);
		simulator.clearRequests();
		StepVerifier.create(this.client.stt().transcribe(TranscriptionRequest.of(FileInput.of(file), "ink-whisper")))
			.assertNext((transcription) -> {
				assertThat(transcription.text()).isEqualTo("the quick brown fox jumps over the lazy dog");
				assertThat(transcription.words()).isEmpty();
			})
			.expectComplete()
			.verify(TIMEOUT);
		RecordedRequest sent = simulator.requests().get(0);
		assertThat(sent.path()).isEqualTo("/stt");
		assertThat(sent.header("Transfer-Encoding")).isEqualTo("chunked");
		assertThat(sent.bodyAsString()).contains("name=\"file\"; filename=\"fox.wav\"");
	}

	@Test
	void headerlessPcmIsReadWithTheEncodingAndSampleRateGiven() {
		byte[] mulaw = this.client.tts()
			.bytesToArray(TestClients.request()
				.transcript("good morning cartesia")
				.outputFormat(OutputFormat.raw(AudioEncoding.PCM_MULAW, 8000))
				.build())
			.block(TIMEOUT);
		TranscriptionRequest request = TranscriptionRequest.builder()
			.file(FileInput.of(mulaw, "morning.raw"))
			.model("ink-whisper-2025-06-04")
			.encoding(SttEncoding.PCM_MULAW)
			.sampleRate(8000)
			.build();
		StepVerifier.create(this.client.stt().transcribe(request))
			.assertNext((transcription) -> assertThat(transcription.text()).isEqualTo("good morning cartesia"))
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void speechFromElsewhereIsAPlaceholderUntilTheSimulatorSpeaksTheWordItself() {
		byte[] foreign;
		try (CartesiaSimulator elsewhere = CartesiaSimulator.start()) {
			foreign = TestClients.client(elsewhere.baseUrl())
				.tts()
				.bytesToArray(TestClients.request().transcript("hello quokka").build())
				.block(TIMEOUT);
		}
		TranscriptionRequest request = TranscriptionRequest.of(FileInput.of(foreign, "speech.wav"), "ink-whisper");
		int quokka = (int) SyntheticSpeech.frequencyOf("quokka");
		StepVerifier.create(this.client.stt().transcribe(request))
			.assertNext((transcription) -> assertThat(transcription.text())
				.isEqualTo("hello [tone " + quokka + "Hz]"))
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(wavOf("quokka")).isNotEmpty();
		StepVerifier.create(this.client.stt().transcribe(request))
			.assertNext((transcription) -> assertThat(transcription.text()).isEqualTo("hello quokka"))
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void wordsSpokenByInfillAreLearnedToo() {
		byte[] foreign;
		try (CartesiaSimulator elsewhere = CartesiaSimulator.start()) {
			foreign = TestClients.client(elsewhere.baseUrl())
				.tts()
				.bytesToArray(TestClients.request().transcript("hello wombat").build())
				.block(TIMEOUT);
		}
		byte[] infilled = this.client.infill()
			.bytesToArray(io.github.cartesia4j.client.infill.InfillRequest.builder()
				.leftAudio(FileInput.of(wavOf("hello"), "left.wav"))
				.modelId("sonic-3")
				.transcript("wombat")
				.voiceId(TestClients.VOICE_ID)
				.outputFormat(OutputFormat.wav(AudioEncoding.PCM_S16LE, 16000))
				.build())
			.block(TIMEOUT);
		assertThat(infilled).isNotEmpty();
		StepVerifier.create(this.client.stt()
			.transcribe(TranscriptionRequest.of(FileInput.of(foreign, "speech.wav"), "ink-whisper")))
			.assertNext((transcription) -> assertThat(transcription.text()).isEqualTo("hello wombat"))
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void mp3IsTimedButHeardAsTheSilenceTheSimulatorEncodes() {
		byte[] mp3 = this.client.tts()
			.bytesToArray(
					TestClients.request().transcript("hello").outputFormat(OutputFormat.mp3(44100, 128000)).build())
			.block(TIMEOUT);
		double frames = Math.ceil(SyntheticSpeech.of("hello", 44100, 1.0).sampleCount() / 1152.0);
		TranscriptionRequest request = TranscriptionRequest.of(FileInput.of(mp3, "hello.mp3"), "ink-whisper");
		StepVerifier.create(this.client.stt().transcribe(request))
			.assertNext((transcription) -> {
				assertThat(transcription.text()).isEmpty();
				assertThat(transcription.duration()).isCloseTo(frames * 1152 / 44100, within(0.001));
			})
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void simulatorRejectsAModelThatIsNotInkWhisperAndAudioItCannotRead() {
		TranscriptionRequest sonic = TranscriptionRequest.of(FileInput.of(wavOf("hello"), "a.wav"), "sonic-3");
		StepVerifier.create(this.client.stt().transcribe(sonic))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(CartesiaBadRequestException.class)
				.hasMessageContaining("model must be ink-whisper"))
			.verify(TIMEOUT);
		StepVerifier
			.create(this.client.stt()
				.transcribe(TranscriptionRequest.of(FileInput.of("not audio".getBytes(), "notes.txt"), "ink-whisper")))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(CartesiaBadRequestException.class)
				.hasMessageContaining("file could not be decoded"))
			.verify(TIMEOUT);
	}

	private TranscriptionRequest transcriptionOf(String transcript) {
		return TranscriptionRequest.of(FileInput.of(wavOf(transcript), "speech.wav"), "ink-whisper");
	}

	private byte[] wavOf(String transcript) {
		return this.client.tts().bytesToArray(TestClients.request().transcript(transcript).build()).block(TIMEOUT);
	}

}
