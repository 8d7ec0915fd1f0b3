package io.github.cartesia4j.ai;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.matching.MatchResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.ai.audio.tts.TextToSpeechOptions;
import org.springframework.ai.audio.tts.TextToSpeechPrompt;
import org.springframework.ai.audio.tts.TextToSpeechResponse;

import io.github.cartesia4j.client.tts.AudioEncoding;
import io.github.cartesia4j.client.tts.TtsClient;
import io.github.cartesia4j.test.simulator.CartesiaSimulator;
import io.github.cartesia4j.test.simulator.RecordedRequest;
import io.github.cartesia4j.test.simulator.SyntheticSpeech;
import io.github.cartesia4j.testing.TestClients;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CartesiaTextToSpeechModelSimulatorTests {

	private static final CartesiaSimulator simulator = CartesiaSimulator.start();

	private final TtsClient tts = TestClients.client(simulator.baseUrl()).tts();

	private final CartesiaTextToSpeechModel model = new CartesiaTextToSpeechModel(this.tts,
			CartesiaTextToSpeechOptions.builder().voice(TestClients.VOICE_ID).build());

	@AfterAll
	static void stopSimulator() {
		simulator.close();
	}

	@BeforeEach
	void forgetRequests() {
		simulator.clearRequests();
	}

	@Test
	void callReturnsTheWholeWaveWithTheRequestIdAndContentType() {
		TextToSpeechResponse response = this.model.call(new TextToSpeechPrompt("hello world"));
		byte[] wav = response.getResult().getOutput();
		assertThat(new String(wav, 0, 4)).isEqualTo("RIFF");
		assertThat(new String(wav, 8, 4)).isEqualTo("WAVE");
		int samples = SyntheticSpeech.of("hello world", 44100, 1.0).sampleCount();
		assertThat(wav).hasSize(44 + samples * 2);
		assertThat(response.getResults()).hasSize(1);
		assertThat((String) response.getMetadata().get(CartesiaTextToSpeechModel.REQUEST_ID)).isNotBlank();
		assertThat((String) response.getMetadata().get(CartesiaTextToSpeechModel.CONTENT_TYPE)).isEqualTo("audio/wav");
		assertThat(simulator.requests()).singleElement().satisfies((request) -> {
			assertThat(request.path()).isEqualTo("/tts/bytes");
		});
	}

	@Test
	void callReturnsMp3WhenThePortableFormatAsksForIt() {
		TextToSpeechOptions options = TextToSpeechOptions.builder().format("mp3").build();
		byte[] mp3 = this.model.call(new TextToSpeechPrompt("hello", options)).getResult().getOutput();
		assertThat(mp3).hasSizeGreaterThan(4);
		assertThat(mp3[0] & 0xFF).isEqualTo(0xFF);
		assertThat(mp3[1] & 0xE0).isEqualTo(0xE0);
		assertBody("""
				{"model_id":"sonic-3","transcript":"hello","voice":{"mode":"id","id":"%s"},
				 "output_format":{"container":"mp3","sample_rate":44100,"bit_rate":128000}}
				""".formatted(TestClients.VOICE_ID));
	}

	@Test
	void portableStringCallDelegatesToTheCartesiaRequest() {
		byte[] wav = this.model.call("good morning");
		assertThat(new String(wav, 0, 4)).isEqualTo("RIFF");
		assertBody("""
				{"model_id":"sonic-3","transcript":"good morning","voice":{"mode":"id","id":"%s"},
				 "output_format":{"container":"wav","encoding":"pcm_s16le","sample_rate":44100}}
				""".formatted(TestClients.VOICE_ID));
	}

	@Test
	void everyCartesiaOptionIsSentOnTheWireExactly() {
		CartesiaTextToSpeechOptions options = CartesiaTextToSpeechOptions.builder()
			.model("sonic-3-2025-10-27")
			.voice("a0e99841-438c-4a64-b679-ae501e7d6091")
			.format("pcm")
			.encoding(AudioEncoding.PCM_F32LE)
			.sampleRate(24000)
			.language("fr")
			.speed(1.25)
			.volume(1.5)
			.emotion("calm")
			.build();
		byte[] pcm = this.model.call(new TextToSpeechPrompt("bonjour tout le monde", options)).getResult().getOutput();
		assertThat(pcm).hasSize(SyntheticSpeech.of("bonjour tout le monde", 24000, 1.25, 1.5).sampleCount() * 4);
		assertBody("""
				{"model_id":"sonic-3-2025-10-27","transcript":"bonjour tout le monde",
				 "voice":{"mode":"id","id":"a0e99841-438c-4a64-b679-ae501e7d6091"},
				 "output_format":{"container":"raw","encoding":"pcm_f32le","sample_rate":24000},
				 "language":"fr","generation_config":{"volume":1.5,"speed":1.25,"emotion":"calm"}}
				""");
	}

	@Test
	void portableOptionsMapModelVoiceFormatAndSpeedAndKeepTheModelDefaultsForTheRest() {
		CartesiaTextToSpeechModel withDefaults = new CartesiaTextToSpeechModel(this.tts,
				CartesiaTextToSpeechOptions.builder()
					.voice(TestClients.VOICE_ID)
					.format("wav")
					.sampleRate(16000)
					.language("en")
					.emotion("happy")
					.build());
		withDefaults.call(new TextToSpeechPrompt("hello", TextToSpeechOptions.builder().speed(0.8).build()));
		assertBody("""
				{"model_id":"sonic-3","transcript":"hello","voice":{"mode":"id","id":"%s"},
				 "output_format":{"container":"wav","encoding":"pcm_s16le","sample_rate":16000},
				 "language":"en","generation_config":{"speed":0.8,"emotion":"happy"}}
				""".formatted(TestClients.VOICE_ID));
		simulator.clearRequests();
		withDefaults.call(new TextToSpeechPrompt("hello",
				TextToSpeechOptions.builder().model("sonic-2").voice("voice-2").format("RAW").build()));
		assertBody("""
				{"model_id":"sonic-2","transcript":"hello","voice":{"mode":"id","id":"voice-2"},
				 "output_format":{"container":"raw","encoding":"pcm_s16le","sample_rate":44100},
				 "language":"en","generation_config":{"emotion":"happy"}}
				""");
	}

	@Test
	void streamHandsOnTheFirstChunkLongBeforeTheSimulatorProducesTheLast() {
		Duration delay = Duration.ofMillis(60);
		try (CartesiaSimulator paced = CartesiaSimulator.builder()
			.chunkDuration(Duration.ofMillis(100))
			.chunkDelay(delay)
			.start()) {
			CartesiaTextToSpeechModel pacedModel = new CartesiaTextToSpeechModel(
					TestClients.client(paced.baseUrl()).tts(),
					CartesiaTextToSpeechOptions.builder().voice(TestClients.VOICE_ID).format("pcm").build());
			int produced = (int) Math.ceil(SyntheticSpeech.of("one two three", 44100, 1.0).sampleCount() / 4410.0);
			long start = System.nanoTime();
			List<Long> arrivals = new CopyOnWriteArrayList<>();
			List<byte[]> chunks = pacedModel.stream(new TextToSpeechPrompt("one two three"))
				.doOnNext((response) -> arrivals.add(System.nanoTime() - start))
				.map((response) -> response.getResult().getOutput())
				.collectList()
				.block(Duration.ofSeconds(10));
			assertThat(produced).isGreaterThan(5);
			assertThat(chunks).hasSizeGreaterThanOrEqualTo(3);
			assertThat(chunks.stream().mapToInt((chunk) -> chunk.length).sum())
				.isEqualTo(SyntheticSpeech.of("one two three", 44100, 1.0).sampleCount() * 2);
			long spread = arrivals.get(arrivals.size() - 1) - arrivals.get(0);
			assertThat(Duration.ofNanos(spread)).as("time between the first and the last chunk")
				.isGreaterThanOrEqualTo(delay.multipliedBy(produced - 1).dividedBy(2));
		}
	}

	@Test
	void portableStreamOfTextEmitsAudioChunks() {
		List<byte[]> chunks = this.model.stream("hello world").collectList().block(Duration.ofSeconds(5));
		assertThat(chunks).isNotEmpty();
		assertThat(new String(chunks.get(0), 0, 4)).isEqualTo("RIFF");
	}

	@Test
	void invalidOptionsFailBeforeAnythingIsSent() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.model
				.stream(new TextToSpeechPrompt("hello", TextToSpeechOptions.builder().speed(2.0).build())))
			.withMessageContaining("'speed' must be between 0.6 and 1.5");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.model
				.call(new TextToSpeechPrompt("hello", TextToSpeechOptions.builder().format("opus").build())))
			.withMessageContaining("'format' must be one of mp3, wav, pcm, raw");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.model
				.call(new TextToSpeechPrompt("hello", CartesiaTextToSpeechOptions.builder().sampleRate(16000).build())))
			.withMessageContaining("'format' must be set");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CartesiaTextToSpeechModel(this.tts).call(new TextToSpeechPrompt("hello")))
			.withMessageContaining("'voice' must be set");
		assertThatIllegalArgumentException().isThrownBy(() -> this.model.call(new TextToSpeechPrompt(" ")))
			.withMessageContaining("'transcript'");
		assertThat(simulator.requests()).isEmpty();
	}

	private static void assertBody(String expectedJson) {
		assertThat(simulator.requests()).hasSize(1);
		RecordedRequest request = simulator.requests().get(0);
		assertThat(request.path()).isEqualTo("/tts/bytes");
		MatchResult result = equalToJson(expectedJson).match(request.bodyAsString());
		assertThat(result.isExactMatch()).as("request body%n  %s%nshould be exactly%n  %s", request.bodyAsString(),
				expectedJson)
			.isTrue();
	}

}
