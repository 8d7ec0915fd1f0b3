package io.github.cartesia4j.client.tts;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import io.github.cartesia4j.client.CartesiaClient;
import io.github.cartesia4j.client.core.CartesiaAuthenticationException;
import io.github.cartesia4j.client.core.CartesiaStreamException;
import io.github.cartesia4j.client.core.RequestOptions;
import io.github.cartesia4j.test.simulator.CartesiaSimulator;
import io.github.cartesia4j.testing.TestClients;

import static io.github.cartesia4j.client.tts.TtsWebSocketFixtures.audio;
import static io.github.cartesia4j.client.tts.TtsWebSocketFixtures.pcm;
import static io.github.cartesia4j.client.tts.TtsWebSocketFixtures.settings;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The TTS WebSocket end to end against the simulator: the audio of every context is compared
 * byte for byte with the speech the simulator synthesizes for its whole transcript.
 */
class TtsWebSocketSimulatorTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final String TEXT = "The quick brown fox jumps over the lazy dog";

	private final CartesiaSimulator simulator = CartesiaSimulator.builder()
		.apiKey(TestClients.API_KEY)
		.chunkDelay(Duration.ofMillis(2))
		.start();

	private final TtsClient tts = TestClients.client(this.simulator.baseUrl()).tts();

	@AfterEach
	void stop() {
		this.tts.websocket().close().block(TIMEOUT);
		this.simulator.close();
	}

	@Test
	void concurrentContextsEachReceiveExactlyTheirOwnAudioInOrder() {
		List<String> texts = List.of(TEXT, "Pack my box with five dozen liquor jugs",
				"How vexingly quick daft zebras jump");
		List<String> arrivals = new CopyOnWriteArrayList<>();
		StepVerifier.create(Flux.range(0, texts.size())
			.flatMap((i) -> this.tts.speak(Flux.just(texts.get(i)), settings().contextId("ctx-" + i).build())
				.doOnNext((event) -> arrivals.add(event.contextId()))
				.collectList()
				.map((events) -> {
					assertThat(events).allSatisfy((event) -> assertThat(event.contextId()).isEqualTo("ctx-" + i));
					assertThat(events.get(events.size() - 1)).isEqualTo(new TtsEvent.Done("ctx-" + i));
					return Arrays.equals(audio(events), pcm(texts.get(i), 16000));
				}))
			.all(Boolean::booleanValue)).expectNext(true).expectComplete().verify(TIMEOUT);
		int lastOfFirst = arrivals.lastIndexOf("ctx-0");
		assertThat(arrivals.indexOf("ctx-1")).isLessThan(lastOfFirst);
		assertThat(arrivals.indexOf("ctx-2")).isLessThan(lastOfFirst);
	}

	@Test
	void audioAfterAFlushCarriesItsFlushIdThenFlushDone() {
		TtsContext context = this.tts.websocket().context(settings().contextId("f").build());
		StepVerifier
			.create(context.send("One two ").then(context.flush()).then(context.send("three")).then(context.end()))
			.expectComplete().verify(TIMEOUT);
		StepVerifier.create(context.events().collectList()).assertNext((events) -> {
			int flushDone = events.indexOf(new TtsEvent.FlushDone("f", 1));
			assertThat(flushDone).isPositive();
			assertThat(events.subList(0, flushDone))
				.allSatisfy((event) -> assertThat(((TtsEvent.Chunk) event).flushId()).isEqualTo(1));
			assertThat(audio(events.subList(0, flushDone))).isEqualTo(pcm("One two", 16000));
			assertThat(events.subList(flushDone + 1, events.size() - 1))
				.allSatisfy((event) -> assertThat(((TtsEvent.Chunk) event).flushId()).isNull());
			assertThat(audio(events)).isEqualTo(pcm("One two three", 16000));
		}).expectComplete().verify(TIMEOUT);
	}

	@Test
	void cancellingOneContextMidStreamLeavesTheOthersComplete() {
		TtsContext cancelled = this.tts.websocket().context(settings().contextId("cancelled").build());
		TtsContext kept = this.tts.websocket().context(settings().contextId("kept").build());
		StepVerifier.create(cancelled.send(TEXT).then(kept.send(TEXT)).then(cancelled.end()).then(kept.end()))
			.expectComplete().verify(TIMEOUT);
		StepVerifier.create(cancelled.events())
			.expectNextMatches((event) -> event instanceof TtsEvent.Chunk)
			.then(() -> cancelled.cancel().block(TIMEOUT))
			.thenConsumeWhile((event) -> event instanceof TtsEvent.Chunk)
			.expectComplete()
			.verify(TIMEOUT);
		StepVerifier.create(kept.events().collectList())
			.assertNext((events) -> assertThat(audio(events)).isEqualTo(pcm(TEXT, 16000)))
			.expectComplete().verify(TIMEOUT);
	}

	@Test
	void errorFrameForOneContextLeavesTheOtherAlive() {
		TtsClient newest = this.tts.withOptions(RequestOptions.builder().apiVersion("2026-08-14").build());
		TtsContext embedded = newest.websocket()
			.context(settings().voice(VoiceSpecifier.embedding(List.of(0.1, 0.2))).contextId("embedded").build());
		TtsContext plain = newest.websocket().context(settings().contextId("plain").build());
		StepVerifier.create(plain.send(TEXT).then(embedded.send("Hi")).then(plain.end())).expectComplete().verify(TIMEOUT);
		StepVerifier.create(embedded.events()).expectErrorSatisfies((ex) -> {
			CartesiaStreamException error = (CartesiaStreamException) ex;
			assertThat(error.getStatusCode()).isEqualTo(400);
			assertThat(error.getContextId()).isEqualTo("embedded");
			assertThat(error.getApiMessage()).contains("voice.embedding");
		}).verify(TIMEOUT);
		StepVerifier.create(plain.events().collectList())
			.assertNext((events) -> assertThat(audio(events)).isEqualTo(pcm(TEXT, 16000)))
			.expectComplete().verify(TIMEOUT);
		newest.websocket().close().block(TIMEOUT);
	}

	@Test
	void slowConsumerReceivesEveryByteInOrder() {
		String text = TEXT + " and then some more words to make a longer stream";
		List<TtsEvent> received = new CopyOnWriteArrayList<>();
		StepVerifier.Step<TtsEvent> step = StepVerifier
			.create(this.tts.speak(Flux.just(text), settings().contextId("slow").build()).doOnNext(received::add), 0);
		for (int i = 0; i < 8; i++) {
			step = step.thenRequest(1).expectNextCount(1).thenAwait(Duration.ofMillis(40));
		}
		step.thenRequest(Long.MAX_VALUE).thenConsumeWhile((event) -> true).expectComplete().verify(TIMEOUT);
		assertThat(received.get(received.size() - 1)).isEqualTo(new TtsEvent.Done("slow"));
		assertThat(audio(received)).isEqualTo(pcm(text, 16000));
	}

	@Test
	void twoHundredContextsAtOnceOnOneConnection() {
		List<TtsContext> contexts = Flux.range(0, 200)
			.map((i) -> this.tts.websocket().context(settings().contextId("ctx-" + i).build()))
			.collectList()
			.block(TIMEOUT);
		StepVerifier
			.create(Flux.fromIterable(contexts)
				.concatMap((context) -> context.send("Context " + context.contextId() + " says hello")))
			.expectComplete().verify(TIMEOUT);
		StepVerifier.create(Flux.fromIterable(contexts)
			.flatMap((context) -> context.end()
				.thenMany(context.events())
				.collectList()
				.map((events) -> Arrays.equals(audio(events), pcm("Context " + context.contextId() + " says hello",
						16000))), 200)
			.all(Boolean::booleanValue)).expectNext(true).expectComplete().verify(TIMEOUT);
	}

	@Test
	void speaksStreamedLlmTokensAsTheWholeTranscript() {
		List<String> tokens = List.of("The", " qu", "ick", " brown", " fox", " jum", "ps ", "over", " the", " lazy",
				" dog");
		for (Integer delay : new Integer[] { 0, null }) {
			StepVerifier
				.create(this.tts
					.speak(Flux.fromIterable(tokens).delayElements(Duration.ofMillis(5)),
							settings().maxBufferDelayMs(delay).build())
					.collectList())
				.assertNext((events) -> {
					assertThat(events.get(events.size() - 1)).isInstanceOf(TtsEvent.Done.class);
					assertThat(audio(events)).isEqualTo(pcm(TEXT, 16000));
				})
				.expectComplete().verify(TIMEOUT);
		}
	}

	@Test
	void accessTokenAuthenticatesInTheQueryAndAWrongKeyIsRefused() {
		TtsClient tokenClient = CartesiaClient.builder()
			.accessToken(TestClients.API_KEY)
			.baseUrl(this.simulator.baseUrl())
			.build()
			.tts();
		StepVerifier.create(tokenClient.speak(Flux.just("Hi"), settings().build()).collectList())
			.assertNext((events) -> assertThat(audio(events)).isEqualTo(pcm("Hi", 16000)))
			.expectComplete().verify(TIMEOUT);
		TtsClient wrong = TestClients.builder(this.simulator.baseUrl()).apiKey("sk_car_wrong").build().tts();
		StepVerifier.create(wrong.speak(Flux.just("Hi"), settings().build()))
			.expectError(CartesiaAuthenticationException.class)
			.verify(TIMEOUT);
	}

}
