package io.github.cartesia4j.client.stt;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import io.github.cartesia4j.client.CartesiaClient;
import io.github.cartesia4j.client.core.CartesiaAuthenticationException;
import io.github.cartesia4j.client.core.CartesiaStreamException;
import io.github.cartesia4j.client.tts.AudioEncoding;
import io.github.cartesia4j.client.tts.OutputFormat;
import io.github.cartesia4j.test.simulator.CartesiaSimulator;
import io.github.cartesia4j.test.simulator.SyntheticSpeech;
import io.github.cartesia4j.testing.TestClients;

import static io.github.cartesia4j.client.stt.SttWebSocketFixtures.describe;
import static io.github.cartesia4j.client.stt.SttWebSocketFixtures.finalText;
import static io.github.cartesia4j.client.stt.SttWebSocketFixtures.silence;
import static io.github.cartesia4j.client.stt.SttWebSocketFixtures.stream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Both speech-to-text WebSockets end to end against the simulator, transcribing speech its
 * text-to-speech synthesized.
 */
class SttWebSocketSimulatorTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private static final String TEXT = "hello world how are you";

	private static final CartesiaSimulator simulator = CartesiaSimulator.builder().apiKey(TestClients.API_KEY).start();

	private static final SttStreamOptions OPTIONS = SttStreamOptions.of(SttStreamOptions.INK_2, SttEncoding.PCM_S16LE,
			16000);

	private static final SttTurnOptions TURNS = SttTurnOptions.of(SttStreamOptions.INK_2, SttEncoding.PCM_S16LE, 16000);

	private final CartesiaClient client = TestClients.client(simulator.baseUrl());

	@AfterAll
	static void stopSimulator() {
		simulator.close();
	}

	@Test
	void streamedSpeechComesBackAsPartialsThenFinalWithTimedWordsThenDone() {
		StepVerifier.create(this.client.stt().stream(OPTIONS, stream(speech(TEXT))).collectList())
			.assertNext((events) -> {
				assertThat(events).extracting(SttWebSocketFixtures::describe)
					.containsExactly("partial: hello", "partial: hello world", "partial: hello world how",
							"partial: hello world how are", "final: hello world how are you", "done");
				assertThat(finalText(events)).isEqualTo(TEXT);
				SttEvent.Transcript last = (SttEvent.Transcript) events.get(4);
				List<SyntheticSpeech.Word> spoken = SyntheticSpeech.of(TEXT, 16000, 1.0).words();
				assertThat(last.language()).isEqualTo("en");
				assertThat(last.duration()).isCloseTo(spoken.get(4).end(), within(0.001));
				assertThat(last.requestId()).isNotBlank().isEqualTo(events.get(5).requestId());
				assertThat(last.words()).extracting(TranscriptionWord::word)
					.containsExactly("hello", "world", "how", "are", "you");
				for (int i = 0; i < spoken.size(); i++) {
					assertThat(last.words().get(i).start()).isCloseTo(spoken.get(i).start(), within(0.002));
					assertThat(last.words().get(i).end()).isCloseTo(spoken.get(i).end(), within(0.002));
				}
				assertThat(((SttEvent.Transcript) events.get(0)).words()).isEmpty();
			})
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void finalizeGivesTheFinalTranscriptSoFarThenFlushDoneAndFinalsJoinIntoTheText() {
		Flux<SttInput> inputs = Flux.concat(stream(speech("hello world")).map(SttInput::audio),
				Mono.just(SttInput.FINALIZE), stream(speech("how are you")).map(SttInput::audio));
		StepVerifier.create(this.client.stt().streamInputs(OPTIONS, inputs).collectList()).assertNext((events) -> {
			assertThat(events).extracting(SttWebSocketFixtures::describe)
				.containsExactly("partial: hello", "final: hello world", "flush_done", "partial:  how",
						"partial:  how are", "final:  how are you", "done");
			assertThat(finalText(events)).isEqualTo(TEXT);
			double secondStart = ((SttEvent.Transcript) events.get(5)).words().get(0).start();
			assertThat(secondStart).isCloseTo(SyntheticSpeech.of("hello world", 16000, 1.0).durationSeconds(),
					within(0.002));
		}).expectComplete().verify(TIMEOUT);
	}

	@Test
	void turnsSocketEndsATurnAfterSilenceAndStartsAnotherWhenSpeechReturns() {
		Flux<byte[]> audio = stream(speech("hello world"), silence(1.0), speech("how are you"));
		StepVerifier.create(this.client.stt().streamTurns(TURNS, audio).collectList()).assertNext((events) -> {
			assertThat(events).extracting(SttWebSocketFixtures::describe)
				.containsExactly("connected", "start", "update: hello", "update: hello world",
						"eager_end: hello world", "end: hello world", "start", "update: how", "update: how are",
						"end: how are you");
			assertThat(events.stream().map(SttTurnEvent::requestId).distinct().toList()).hasSize(1)
				.allSatisfy((requestId) -> assertThat(requestId).isNotBlank());
		}).expectComplete().verify(TIMEOUT);
	}

	@Test
	void turnsSocketResumesAfterAnEagerEndAndTakesNewThresholdsMidSession() {
		SttTurnOptions options = TURNS.toBuilder().turnEagerEndThreshold(0.5).build();
		Flux<SttTurnInput> inputs = Flux.concat(stream(speech("good morning"), silence(0.6)).map(SttTurnInput::audio),
				stream(speech("cartesia")).map(SttTurnInput::audio),
				Mono.just(SttTurnInput.configure(SttTurnConfig.builder().endThreshold(0.45).build())),
				stream(silence(0.5)).map(SttTurnInput::audio));
		StepVerifier.create(this.client.stt().streamTurnInputs(options, inputs).map(SttWebSocketFixtures::describe))
			.expectNext("connected", "start", "update: good", "update: good morning", "eager_end: good morning",
					"resume", "update: good morning cartesia", "eager_end: good morning cartesia",
					"end: good morning cartesia")
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void slowConsumerLosesNothingAndSlowAudioSourceIsFine() {
		Flux<byte[]> slowAudio = stream(speech(TEXT)).delayElements(Duration.ofMillis(5));
		StepVerifier.create(this.client.stt()
			.stream(OPTIONS, slowAudio)
			.concatMap((event) -> Mono.just(event).delayElement(Duration.ofMillis(50)), 1)
			.map(SttWebSocketFixtures::describe))
			.expectNext("partial: hello", "partial: hello world", "partial: hello world how",
					"partial: hello world how are", "final: hello world how are you", "done")
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void modelTheApiRejectsEndsTheEventsWithTheErrorFrame() {
		SttStreamOptions sonic = OPTIONS.toBuilder().model("sonic-3").build();
		StepVerifier.create(this.client.stt().stream(sonic, stream(speech("hello"))))
			.expectErrorSatisfies((ex) -> {
				CartesiaStreamException error = (CartesiaStreamException) ex;
				assertThat(error.getStatusCode()).isEqualTo(400);
				assertThat(error.getErrorCode()).isEqualTo("invalid_request");
				assertThat(error.getApiMessage()).contains("model must be");
				assertThat(error.getRequestId()).isNotBlank();
			})
			.verify(TIMEOUT);
		SttTurnOptions whisper = TURNS.toBuilder().model(SttStreamOptions.INK_WHISPER).build();
		StepVerifier.create(this.client.stt().streamTurns(whisper, Flux.never()))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(CartesiaStreamException.class)
				.hasMessageContaining("model must be ink-2"))
			.verify(TIMEOUT);
	}

	@Test
	void wrongKeyIsRefusedAtTheUpgrade() {
		CartesiaClient stranger = CartesiaClient.builder().apiKey("sk_car_wrong").baseUrl(simulator.baseUrl()).build();
		StepVerifier.create(stranger.stt().stream(OPTIONS, stream(speech("hello"))))
			.expectError(CartesiaAuthenticationException.class)
			.verify(TIMEOUT);
	}

	private byte[] speech(String transcript) {
		return this.client.tts()
			.bytesToArray(TestClients.request()
				.transcript(transcript)
				.outputFormat(OutputFormat.raw(AudioEncoding.PCM_S16LE, 16000))
				.build())
			.block(TIMEOUT);
	}

}
