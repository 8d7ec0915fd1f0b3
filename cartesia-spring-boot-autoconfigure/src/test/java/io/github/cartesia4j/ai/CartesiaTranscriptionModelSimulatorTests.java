package io.github.cartesia4j.ai;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.test.StepVerifier;

import org.springframework.ai.audio.transcription.AudioTranscriptionPrompt;
import org.springframework.ai.audio.transcription.AudioTranscriptionResponse;
import org.springframework.ai.audio.tts.TextToSpeechPrompt;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;

import io.github.cartesia4j.client.CartesiaClient;
import io.github.cartesia4j.client.stt.SttEncoding;
import io.github.cartesia4j.client.stt.TranscriptionWord;
import io.github.cartesia4j.client.tts.AudioEncoding;
import io.github.cartesia4j.test.simulator.CartesiaSimulator;
import io.github.cartesia4j.test.simulator.RecordedRequest;
import io.github.cartesia4j.test.simulator.SyntheticSpeech;
import io.github.cartesia4j.testing.TestClients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class CartesiaTranscriptionModelSimulatorTests {

	private static final CartesiaSimulator simulator = CartesiaSimulator.start();

	private final CartesiaClient client = TestClients.client(simulator.baseUrl());

	private final CartesiaTextToSpeechModel speech = new CartesiaTextToSpeechModel(this.client.tts(),
			CartesiaTextToSpeechOptions.builder().voice(TestClients.VOICE_ID).build());

	private final CartesiaTranscriptionModel transcription = new CartesiaTranscriptionModel(this.client.stt());

	@AfterAll
	static void stopSimulator() {
		simulator.close();
	}

	@Test
	void speechFromTheSpeechModelIsTranscribedBackToItsWords() {
		byte[] wav = this.speech.call("the quick brown fox");
		String text = this.transcription.transcribe(new ByteArrayResource(wav));
		assertThat(text).isEqualTo("the quick brown fox");
	}

	@Test
	void defaultsAskForInkWhisperAndNothingElse() {
		byte[] wav = this.speech.call("hello world");
		simulator.clearRequests();
		AudioTranscriptionResponse response = this.transcription
			.call(new AudioTranscriptionPrompt(named(wav, "hello.wav")));
		assertThat(response.getResult().getOutput()).isEqualTo("hello world");
		RecordedRequest request = simulator.requests().get(0);
		assertThat(request.path()).isEqualTo("/stt");
		assertThat(request.query()).isNull();
		SimulatorMultipart parts = SimulatorMultipart.of(request);
		assertThat(parts.names()).containsExactly("file", "model");
		assertThat(parts.filename("file")).isEqualTo("hello.wav");
		assertThat(parts.texts("model")).containsExactly("ink-whisper");
		assertThat(this.transcription.getDefaultOptions().getModel()).isEqualTo("ink-whisper");
	}

	@Test
	void cartesiaOptionsAreSentAndWordTimingsComeBackAsMetadata() {
		byte[] wav = this.speech.call("hello world");
		simulator.clearRequests();
		CartesiaTranscriptionOptions options = CartesiaTranscriptionOptions.builder()
			.model("ink-whisper-2025-06-04")
			.language("en")
			.wordTimestamps()
			.build();
		AudioTranscriptionResponse response = this.transcription
			.call(new AudioTranscriptionPrompt(named(wav, "hello.wav"), options));
		SimulatorMultipart parts = SimulatorMultipart.of(simulator.requests().get(0));
		assertThat(parts.names()).containsExactly("file", "model", "language", "timestamp_granularities[]");
		assertThat(parts.texts("model")).containsExactly("ink-whisper-2025-06-04");
		assertThat(parts.texts("language")).containsExactly("en");
		assertThat(parts.texts("timestamp_granularities[]")).containsExactly("word");
		List<SyntheticSpeech.Word> spoken = SyntheticSpeech.of("hello world", 44100, 1.0).words();
		assertThat(response.getResult().getOutput()).isEqualTo("hello world");
		assertThat(response.getResult().getMetadata()).isInstanceOfSatisfying(CartesiaTranscriptionMetadata.class,
				(metadata) -> {
					assertThat(metadata.requestId()).isNotBlank();
					assertThat(metadata.language()).isEqualTo("en");
					assertThat(metadata.duration()).isCloseTo(spoken.get(1).end(), within(0.001));
					assertThat(metadata.words()).extracting(TranscriptionWord::word).containsExactly("hello", "world");
					assertThat(metadata.words().get(1).start()).isCloseTo(spoken.get(1).start(), within(0.002));
				});
		assertThat((String) response.getMetadata().get(CartesiaTranscriptionModel.REQUEST_ID)).isNotBlank();
		assertThat((String) response.getMetadata().get(CartesiaTranscriptionModel.LANGUAGE)).isEqualTo("en");
		assertThat((Double) response.getMetadata().get(CartesiaTranscriptionModel.DURATION))
			.isCloseTo(spoken.get(1).end(), within(0.001));
	}

	@Test
	void headerlessPcmIsTranscribedWithTheEncodingAndSampleRateOfTheOptions() {
		byte[] mulaw = this.speech.call(new TextToSpeechPrompt("good morning cartesia",
				CartesiaTextToSpeechOptions.builder()
					.format("pcm")
					.encoding(AudioEncoding.PCM_MULAW)
					.sampleRate(8000)
					.build()))
			.getResult()
			.getOutput();
		simulator.clearRequests();
		CartesiaTranscriptionModel pcmModel = new CartesiaTranscriptionModel(this.client.stt(),
				CartesiaTranscriptionOptions.builder()
					.model("ink-whisper")
					.encoding(SttEncoding.PCM_MULAW)
					.sampleRate(8000)
					.build());
		assertThat(pcmModel.transcribe(named(mulaw, "morning.raw"))).isEqualTo("good morning cartesia");
		assertThat(simulator.requests().get(0).query()).isEqualTo("encoding=pcm_mulaw&sample_rate=8000");
	}

	@Test
	void aFileOnDiskIsStreamedAndThePortableModelOptionIsKept(@TempDir Path directory) throws IOException {
		Path file = Files.write(directory.resolve("fox.wav"), this.speech.call("jumps over the lazy dog"));
		simulator.clearRequests();
		String text = this.transcription.transcribe(new FileSystemResource(file), () -> "ink-whisper-2025-06-04");
		assertThat(text).isEqualTo("jumps over the lazy dog");
		RecordedRequest request = simulator.requests().get(0);
		assertThat(request.header("Transfer-Encoding")).isEqualTo("chunked");
		SimulatorMultipart parts = SimulatorMultipart.of(request);
		assertThat(parts.filename("file")).isEqualTo("fox.wav");
		assertThat(parts.texts("model")).containsExactly("ink-whisper-2025-06-04");
	}

	@Test
	void streamEmitsTheWholeTranscriptionOnceWithoutBlocking() {
		byte[] wav = this.speech.call("good night");
		StepVerifier.create(this.transcription.streamTranscribe(new ByteArrayResource(wav)))
			.expectNext("good night")
			.expectComplete()
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void invalidOptionsFailBeforeAnythingIsSent(@TempDir Path directory) {
		simulator.clearRequests();
		CartesiaTranscriptionOptions rateOnly = CartesiaTranscriptionOptions.builder().sampleRate(8000).build();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.transcription
				.call(new AudioTranscriptionPrompt(new ByteArrayResource(new byte[] { 1 }), rateOnly)))
			.withMessageContaining("'sample_rate'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.transcription
				.stream(new AudioTranscriptionPrompt(new FileSystemResource(directory.resolve("missing.wav")))))
			.withMessageContaining("'file' does not exist");
		assertThat(simulator.requests()).isEmpty();
	}

	private static ByteArrayResource named(byte[] content, String filename) {
		return new ByteArrayResource(content) {

			@Override
			public String getFilename() {
				return filename;
			}

		};
	}

}
