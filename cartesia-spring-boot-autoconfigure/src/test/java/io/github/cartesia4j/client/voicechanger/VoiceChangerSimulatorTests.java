package io.github.cartesia4j.client.voicechanger;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import io.github.cartesia4j.client.CartesiaClient;
import io.github.cartesia4j.client.core.CartesiaBadRequestException;
import io.github.cartesia4j.client.core.FileInput;
import io.github.cartesia4j.client.stt.SttEncoding;
import io.github.cartesia4j.client.stt.TranscriptionRequest;
import io.github.cartesia4j.client.stt.TranscriptionWord;
import io.github.cartesia4j.client.tts.AudioEncoding;
import io.github.cartesia4j.client.tts.OutputFormat;
import io.github.cartesia4j.test.simulator.CartesiaSimulator;
import io.github.cartesia4j.test.simulator.SyntheticSpeech;
import io.github.cartesia4j.testing.TestClients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class VoiceChangerSimulatorTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private static final String TRANSCRIPT = "hello world";

	private static final CartesiaSimulator simulator = CartesiaSimulator.start();

	private final CartesiaClient client = TestClients.client(simulator.baseUrl());

	@AfterAll
	static void stopSimulator() {
		simulator.close();
	}

	@Test
	void changedSpeechLastsAsLongAsTheClipAndSaysTheSameWords() {
		byte[] clip = this.client.tts()
			.bytesToArray(TestClients.request().transcript(TRANSCRIPT).build())
			.block(TIMEOUT);
		double seconds = SyntheticSpeech.of(TRANSCRIPT, 44100, 1.0).durationSeconds();
		VoiceChangerRequest request = VoiceChangerRequest.of(FileInput.of(clip, "clip.wav"), "another-voice",
				OutputFormat.raw(AudioEncoding.PCM_S16LE, 16000));
		byte[] changed = this.client.voiceChanger().bytesToArray(request).block(TIMEOUT);
		assertThat(changed).hasSize((int) Math.round(seconds * 16000) * 2);
		TranscriptionRequest transcription = TranscriptionRequest.builder()
			.file(FileInput.of(changed, "changed.raw"))
			.model("ink-whisper")
			.encoding(SttEncoding.PCM_S16LE)
			.sampleRate(16000)
			.wordTimestamps()
			.build();
		List<SyntheticSpeech.Word> spoken = SyntheticSpeech.of(TRANSCRIPT, 44100, 1.0).words();
		StepVerifier.create(this.client.stt().transcribe(transcription)).assertNext((result) -> {
			assertThat(result.text()).isEqualTo(TRANSCRIPT);
			assertThat(result.words()).extracting(TranscriptionWord::word).containsExactly("hello", "world");
			for (int i = 0; i < spoken.size(); i++) {
				assertThat(result.words().get(i).start()).isCloseTo(spoken.get(i).start(), within(0.002));
				assertThat(result.words().get(i).end()).isCloseTo(spoken.get(i).end(), within(0.002));
			}
		}).expectComplete().verify(TIMEOUT);
	}

	@Test
	void sseStreamsTheSameAudioAsBytesAndEndsWithDone() {
		byte[] clip = this.client.tts()
			.bytesToArray(TestClients.request()
				.transcript("thank you")
				.outputFormat(OutputFormat.wav(AudioEncoding.PCM_F32LE, 24000))
				.build())
			.block(TIMEOUT);
		VoiceChangerRequest request = VoiceChangerRequest.of(FileInput.of(clip, "thanks.wav"), TestClients.VOICE_ID,
				OutputFormat.raw(AudioEncoding.PCM_F32LE, 44100));
		byte[] bytes = this.client.voiceChanger().bytesToArray(request).block(TIMEOUT);
		List<VoiceChangerEvent> events = this.client.voiceChanger().sse(request).collectList().block(TIMEOUT);
		assertThat(events).last().isEqualTo(new VoiceChangerEvent.Done(200));
		List<VoiceChangerEvent.Chunk> chunks = events.stream()
			.filter(VoiceChangerEvent.Chunk.class::isInstance)
			.map(VoiceChangerEvent.Chunk.class::cast)
			.toList();
		assertThat(chunks).hasSizeGreaterThan(1).allSatisfy((chunk) -> {
			assertThat(chunk.sampleRate()).isEqualTo(44100);
			assertThat(chunk.stepTime()).isNotNull();
		});
		ByteArrayOutputStream streamed = new ByteArrayOutputStream();
		chunks.forEach((chunk) -> streamed.writeBytes(chunk.audio()));
		assertThat(streamed.toByteArray()).isEqualTo(bytes);
	}

	@Test
	void mp3ClipIsChangedIntoSilenceOfTheSameDuration() {
		byte[] mp3 = this.client.tts()
			.bytesToArray(
					TestClients.request().transcript("hello").outputFormat(OutputFormat.mp3(24000, 64000)).build())
			.block(TIMEOUT);
		double frames = Math.ceil(SyntheticSpeech.of("hello", 24000, 1.0).sampleCount() / 576.0);
		VoiceChangerRequest request = VoiceChangerRequest.of(FileInput.of(mp3, "hello.mp3"), TestClients.VOICE_ID,
				OutputFormat.wav(AudioEncoding.PCM_MULAW, 8000));
		byte[] wav = this.client.voiceChanger().bytesToArray(request).block(TIMEOUT);
		assertThat(wav).hasSize(44 + (int) Math.round(frames * 576 / 24000 * 8000));
		for (int i = 44; i < wav.length; i++) {
			assertThat(wav[i]).isEqualTo((byte) 0xFF);
		}
	}

	@Test
	void simulatorRejectsAClipItCannotRead() {
		VoiceChangerRequest request = VoiceChangerRequest.of(FileInput.of(new byte[] { 1, 2, 3 }, "clip.ogg"),
				TestClients.VOICE_ID, OutputFormat.raw(AudioEncoding.PCM_S16LE, 16000));
		StepVerifier.create(this.client.voiceChanger().sse(request))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(CartesiaBadRequestException.class)
				.hasMessageContaining("clip could not be decoded"))
			.verify(TIMEOUT);
	}

}
