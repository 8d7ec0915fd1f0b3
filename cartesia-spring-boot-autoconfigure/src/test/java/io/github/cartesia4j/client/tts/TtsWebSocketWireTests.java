package io.github.cartesia4j.client.tts;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

import io.github.cartesia4j.client.CartesiaClient;
import io.github.cartesia4j.client.core.CartesiaAuthenticationException;
import io.github.cartesia4j.client.core.CartesiaStreamException;
import io.github.cartesia4j.client.core.CartesiaStreamInterruptedException;
import io.github.cartesia4j.client.core.WebSocketTestServer;
import io.github.cartesia4j.testing.TestClients;

import static io.github.cartesia4j.client.tts.TtsWebSocketFixtures.json;
import static io.github.cartesia4j.client.tts.TtsWebSocketFixtures.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

/**
 * The TTS WebSocket against a scripted server: the exact messages, the upgrade, and the
 * routing of the frames the server chooses.
 */
class TtsWebSocketWireTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final WebSocketTestServer server = WebSocketTestServer.start();

	private final TtsClient tts = TestClients.client(this.server.baseUrl()).tts();

	@AfterEach
	void stop() {
		this.tts.websocket().close().block(TIMEOUT);
		this.server.close();
	}

	private WebSocketTestServer.Peer peerAfter(int messages) {
		await().atMost(TIMEOUT).until(() -> this.server.messages().size() >= messages);
		return this.server.latest();
	}

	@Test
	void sendsEveryMessageShapeWithTheContextSettingsRepeated() {
		TtsContextSettings settings = TtsContextSettings.builder()
			.modelId("sonic-3")
			.voiceId("V")
			.outputFormat(OutputFormat.raw(AudioEncoding.PCM_S16LE, 24000))
			.addTimestamps(true)
			.language("en")
			.generationConfig(new GenerationConfig(null, 1.1, "calm"))
			.maxBufferDelayMs(500)
			.contextId("c1")
			.build();
		TtsContext context = this.tts.websocket().context(settings);
		TtsContext other = this.tts.websocket().context(settings.toBuilder().contextId("c2").build());
		StepVerifier.create(context.send("Hi there! ")
			.then(context.flush())
			.then(context.send("How are you?"))
			.then(context.end())
			.then(other.send("x"))
			.then(other.cancel())).expectComplete().verify(TIMEOUT);
		await().atMost(TIMEOUT).until(() -> this.server.messages().size() == 6);
		String common = "\"model_id\":\"sonic-3\",\"voice\":{\"mode\":\"id\",\"id\":\"V\"},"
				+ "\"output_format\":{\"container\":\"raw\",\"encoding\":\"pcm_s16le\",\"sample_rate\":24000},"
				+ "\"add_timestamps\":true,\"language\":\"en\","
				+ "\"generation_config\":{\"speed\":1.1,\"emotion\":\"calm\"},"
				+ "\"max_buffer_delay_ms\":500,";
		List<JsonNode> sent = this.server.messages().stream().map((message) -> json(message.text())).toList();
		assertThat(sent).containsExactly(
				json("{" + common + "\"context_id\":\"c1\",\"transcript\":\"Hi there! \",\"continue\":true}"),
				json("{" + common + "\"context_id\":\"c1\",\"transcript\":\"\",\"continue\":true,\"flush\":true}"),
				json("{" + common + "\"context_id\":\"c1\",\"transcript\":\"How are you?\",\"continue\":true}"),
				json("{" + common + "\"context_id\":\"c1\",\"transcript\":\"\",\"continue\":false}"),
				json("{" + common + "\"context_id\":\"c2\",\"transcript\":\"x\",\"continue\":true}"),
				json("{\"context_id\":\"c2\",\"cancel\":true}"));
		assertThat(this.server.messages()).allSatisfy((message) -> assertThat(message.connection()).isZero());
	}

	@Test
	void upgradesWithTheApiKeyInHeadersOnly() {
		StepVerifier.create(this.tts.websocket().context(settings().build()).send("Hi")).expectComplete().verify(TIMEOUT);
		WebSocketTestServer.Handshake handshake = this.server.handshakes().get(0);
		assertThat(handshake.uri()).isEqualTo("/tts/websocket");
		assertThat(handshake.headers()).containsEntry("Authorization", "Bearer " + TestClients.API_KEY)
			.containsEntry("Cartesia-Version", "2025-11-04")
			.containsEntry("User-Agent", "cartesia-spring-boot/" + CartesiaClient.VERSION);
	}

	@Test
	void upgradesWithAnAccessTokenInTheQuery() {
		TtsClient tokenClient = CartesiaClient.builder()
			.accessToken("tok_123")
			.baseUrl(this.server.baseUrl())
			.build()
			.tts();
		StepVerifier.create(tokenClient.websocket().context(settings().build()).send("Hi")).expectComplete().verify(TIMEOUT);
		WebSocketTestServer.Handshake handshake = this.server.handshakes().get(0);
		assertThat(handshake.query()).isEqualTo("access_token=tok_123&cartesia_version=2025-11-04");
		assertThat(handshake.headers()).doesNotContainKeys("Authorization", "X-API-Key", "Cartesia-Version");
		tokenClient.websocket().close().block(TIMEOUT);
	}

	@Test
	void routesInterleavedFramesToTheirContextsInOrder() {
		TtsContext a = this.tts.websocket().context(settings().contextId("a").build());
		TtsContext b = this.tts.websocket().context(settings().contextId("b").build());
		StepVerifier.create(a.send("one ").then(b.send("two "))).expectComplete().verify(TIMEOUT);
		WebSocketTestServer.Peer peer = peerAfter(2);
		List.of(TtsWebSocketFixtures.chunk("a", new byte[] { 1 }, null),
				TtsWebSocketFixtures.chunk("b", new byte[] { 10 }, null),
				TtsWebSocketFixtures.chunk("a", new byte[] { 2 }, null), TtsWebSocketFixtures.words("b", "two"),
				TtsWebSocketFixtures.chunk("zombie", new byte[] { 99 }, null), TtsWebSocketFixtures.done("a"),
				TtsWebSocketFixtures.chunk("b", new byte[] { 20 }, null), TtsWebSocketFixtures.done("b"))
			.forEach(peer::send);
		StepVerifier.create(a.events().collectList()).assertNext((events) -> {
			assertThat(events).hasSize(3).allSatisfy((event) -> assertThat(event.contextId()).isEqualTo("a"));
			assertThat(TtsWebSocketFixtures.audio(events)).containsExactly(1, 2);
			assertThat(events.get(2)).isEqualTo(new TtsEvent.Done("a"));
		}).expectComplete().verify(TIMEOUT);
		StepVerifier.create(b.events().collectList()).assertNext((events) -> {
			assertThat(events).hasSize(4).allSatisfy((event) -> assertThat(event.contextId()).isEqualTo("b"));
			assertThat(events.get(1)).isInstanceOf(TtsEvent.Words.class);
			assertThat(TtsWebSocketFixtures.audio(events)).containsExactly(10, 20);
		}).expectComplete().verify(TIMEOUT);
	}

	@Test
	void flushIdsTieAudioToItsFlush() {
		this.server.respond(TtsWebSocketFixtures.speaking());
		TtsContext context = this.tts.websocket().context(settings().contextId("f").build());
		StepVerifier.create(context.send("a ").then(context.flush()).then(context.flush()).then(context.end()))
			.expectComplete().verify(TIMEOUT);
		StepVerifier.create(context.events())
			.assertNext((event) -> assertThat(((TtsEvent.Chunk) event).flushId()).isEqualTo(1))
			.expectNext(new TtsEvent.FlushDone("f", 1))
			.assertNext((event) -> assertThat(((TtsEvent.Chunk) event).flushId()).isEqualTo(2))
			.expectNext(new TtsEvent.FlushDone("f", 2))
			.assertNext((event) -> assertThat(((TtsEvent.Chunk) event).flushId()).isNull())
			.expectNext(new TtsEvent.Done("f"))
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void errorFrameFailsOnlyItsContext() {
		TtsContext bad = this.tts.websocket().context(settings().contextId("bad").build());
		TtsContext good = this.tts.websocket().context(settings().contextId("good").build());
		StepVerifier.create(bad.send("x").then(good.send("y"))).expectComplete().verify(TIMEOUT);
		peerAfter(2).send(TtsWebSocketFixtures.error("bad", "req-1"));
		StepVerifier.create(bad.events()).expectErrorSatisfies((ex) -> {
			CartesiaStreamException error = (CartesiaStreamException) ex;
			assertThat(error.getStatusCode()).isEqualTo(400);
			assertThat(error.getContextId()).isEqualTo("bad");
			assertThat(error.getErrorCode()).isEqualTo("invalid_request");
			assertThat(error.getRequestId()).isEqualTo("req-1");
			assertThat(error.getApiMessage()).isEqualTo("voice is required");
		}).verify(TIMEOUT);
		StepVerifier.create(bad.send("more")).expectError(IllegalStateException.class).verify(TIMEOUT);
		this.server.latest().send(TtsWebSocketFixtures.chunk("good", new byte[] { 7 }, null));
		this.server.latest().send(TtsWebSocketFixtures.done("good"));
		StepVerifier.create(good.events())
			.expectNextMatches((event) -> event instanceof TtsEvent.Chunk)
			.expectNext(new TtsEvent.Done("good"))
			.expectComplete().verify(TIMEOUT);
		assertThat(this.server.handshakes()).hasSize(1);
	}

	@Test
	void errorFrameWithoutContextFailsEveryContextUnlessItsRequestIdNamesOne() {
		TtsContext first = this.tts.websocket().context(settings().contextId("first").build());
		TtsContext second = this.tts.websocket().context(settings().contextId("second").build());
		TtsContext third = this.tts.websocket().context(settings().contextId("third").build());
		StepVerifier.create(first.send("x").then(second.send("y")).then(third.send("z"))).expectComplete().verify(TIMEOUT);
		peerAfter(3).send(TtsWebSocketFixtures.error(null, "3f0c:first:9a1b"));
		StepVerifier.create(first.events()).expectError(CartesiaStreamException.class).verify(TIMEOUT);
		this.server.latest().send(TtsWebSocketFixtures.error(null, "req-2"));
		StepVerifier.create(second.events())
			.expectErrorSatisfies((ex) -> assertThat(((CartesiaStreamException) ex).getRequestId()).isEqualTo("req-2"))
			.verify(TIMEOUT);
		StepVerifier.create(third.events()).expectError(CartesiaStreamException.class).verify(TIMEOUT);
	}

	@Test
	void serverClosingTheSocketFailsEveryOpenContextAndTheNextUseReconnects() {
		TtsContext a = this.tts.websocket().context(settings().contextId("a").build());
		TtsContext b = this.tts.websocket().context(settings().contextId("b").build());
		StepVerifier.create(a.send("one ").then(b.send("two "))).expectComplete().verify(TIMEOUT);
		peerAfter(2).send(TtsWebSocketFixtures.chunk("a", new byte[] { 1 }, null));
		this.server.latest().close(1011, "overloaded");
		StepVerifier.create(a.events())
			.expectNextMatches((event) -> event instanceof TtsEvent.Chunk)
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(CartesiaStreamInterruptedException.class)
				.hasMessageContaining("'a'")
				.hasMessageContaining("1011 (overloaded)"))
			.verify(TIMEOUT);
		StepVerifier.create(b.events()).expectError(CartesiaStreamInterruptedException.class).verify(TIMEOUT);
		StepVerifier.create(a.send("more")).expectError(IllegalStateException.class).verify(TIMEOUT);
		this.server.respond(TtsWebSocketFixtures.speaking());
		StepVerifier.create(this.tts.speak(Flux.just("again "), settings().contextId("c").build()))
			.expectNextCount(2)
			.expectComplete().verify(TIMEOUT);
		assertThat(this.server.handshakes()).hasSize(2);
	}

	@Test
	void droppedConnectionFailsEveryOpenContext() {
		TtsContext context = this.tts.websocket().context(settings().build());
		StepVerifier.create(context.send("one ")).expectComplete().verify(TIMEOUT);
		peerAfter(1).drop();
		StepVerifier.create(context.events())
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(CartesiaStreamInterruptedException.class)
				.hasMessageContaining("broke"))
			.verify(TIMEOUT);
	}

	@Test
	void normalCloseByTheServerWhileAContextIsOpenIsStillAnInterruption() {
		TtsContext context = this.tts.websocket().context(settings().build());
		StepVerifier.create(context.send("one ")).expectComplete().verify(TIMEOUT);
		peerAfter(1).close(1000, "");
		StepVerifier.create(context.events()).expectError(CartesiaStreamInterruptedException.class).verify(TIMEOUT);
	}

	@Test
	void closesNormallyAfterTheLastContextAndReopensForTheNext() {
		this.server.respond(TtsWebSocketFixtures.speaking());
		StepVerifier.create(this.tts.speak(Flux.just("Hello "), settings().build()))
			.expectNextMatches((event) -> event instanceof TtsEvent.Chunk)
			.expectNextMatches((event) -> event instanceof TtsEvent.Done)
			.expectComplete().verify(TIMEOUT);
		await().atMost(TIMEOUT).until(() -> this.server.closeCodes().equals(List.of(1000)));
		StepVerifier.create(this.tts.speak(Flux.just("again "), settings().build()).then()).expectComplete().verify(TIMEOUT);
		await().atMost(TIMEOUT).until(() -> this.server.closeCodes().equals(List.of(1000, 1000)));
		assertThat(this.server.handshakes()).hasSize(2);
		assertThat(this.server.messages()).extracting(WebSocketTestServer.Message::connection)
			.containsExactly(0, 0, 1, 1);
	}

	@Test
	void twoHundredContextsShareOneConnection() {
		this.server.respond(TtsWebSocketFixtures.speaking());
		List<TtsContext> contexts = Flux.range(0, 200)
			.map((i) -> this.tts.websocket().context(settings().contextId("ctx-" + i).build()))
			.collectList()
			.block(TIMEOUT);
		StepVerifier.create(Flux.fromIterable(contexts).concatMap((context) -> context.send("piece ")))
			.expectComplete().verify(TIMEOUT);
		StepVerifier.create(Flux.fromIterable(contexts)
			.flatMap((context) -> context.end()
				.thenMany(context.events())
				.collectList()
				.map((events) -> new String(TtsWebSocketFixtures.audio(events)).equals(context.contextId())), 200)
			.all(Boolean::booleanValue)).expectNext(true).expectComplete().verify(TIMEOUT);
		assertThat(this.server.handshakes()).hasSize(1);
		await().atMost(TIMEOUT).until(() -> this.server.closeCodes().equals(List.of(1000)));
	}

	@Test
	void refusedUpgradeFailsTheSendAndTheContextWithTheTypedException() {
		this.server.refuse(401, "{\"error_code\":\"invalid_api_key\",\"title\":\"Unauthorized\","
				+ "\"message\":\"Invalid API key\",\"request_id\":\"req-401\"}");
		TtsContext context = this.tts.websocket().context(settings().build());
		StepVerifier.create(context.send("Hi")).expectError(CartesiaAuthenticationException.class).verify(TIMEOUT);
		StepVerifier.create(context.events())
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(CartesiaAuthenticationException.class)
				.hasMessageContaining("Invalid API key")
				.hasMessageNotContaining(TestClients.API_KEY))
			.verify(TIMEOUT);
	}

	@Test
	void cancellingTheEventsCancelsTheContext() {
		TtsContext context = this.tts.websocket().context(settings().contextId("bye").build());
		StepVerifier.create(context.send("Hi ")).expectComplete().verify(TIMEOUT);
		peerAfter(1).send(TtsWebSocketFixtures.chunk("bye", new byte[] { 1 }, null));
		StepVerifier.create(context.events().take(1)).expectNextCount(1).expectComplete().verify(TIMEOUT);
		await().atMost(TIMEOUT).until(() -> this.server.messages().size() == 2);
		assertThat(json(this.server.messages().get(1).text()))
			.isEqualTo(json("{\"context_id\":\"bye\",\"cancel\":true}"));
		await().atMost(TIMEOUT).until(() -> this.server.closeCodes().equals(List.of(1000)));
	}

	@Test
	void failingTextCancelsTheContextAndFailsTheSpeech() {
		Sinks.Many<String> text = Sinks.many().unicast().onBackpressureBuffer();
		StepVerifier.create(this.tts.speak(text.asFlux(), settings().contextId("llm").build()))
			.then(() -> text.tryEmitNext("Hello "))
			.then(() -> await().atMost(TIMEOUT).until(() -> this.server.messages().size() == 1))
			.then(() -> text.tryEmitError(new IllegalStateException("LLM failed")))
			.expectErrorMessage("LLM failed")
			.verify(TIMEOUT);
		await().atMost(TIMEOUT).until(() -> this.server.messages().size() == 2);
		assertThat(json(this.server.messages().get(1).text()))
			.isEqualTo(json("{\"context_id\":\"llm\",\"cancel\":true}"));
	}

	@Test
	void endingAContextThatSentNothingNeverConnects() {
		TtsContext context = this.tts.websocket().context(settings().build());
		StepVerifier.create(context.end()).expectComplete().verify(TIMEOUT);
		StepVerifier.create(context.events()).expectComplete().verify(TIMEOUT);
		StepVerifier.create(this.tts.speak(Flux.empty(), settings().build())).expectComplete().verify(TIMEOUT);
		assertThat(this.server.handshakes()).isEmpty();
	}

	@Test
	void rejectsInvalidSettingsBeforeConnecting() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.tts.websocket()
			.context(settings().outputFormat(OutputFormat.wav(AudioEncoding.PCM_S16LE, 16000)).build()))
			.withMessageContaining("output_format.container");
		assertThatIllegalArgumentException().isThrownBy(() -> settings().maxBufferDelayMs(5001).build())
			.withMessageContaining("max_buffer_delay_ms");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.tts.speak(Flux.just("x"), TtsContextSettings.defaults()))
			.withMessageContaining("'voice'");
		assertThat(this.server.handshakes()).isEmpty();
	}

	@Test
	void rejectsADuplicateContextIdOnTheConnection() {
		TtsContext first = this.tts.websocket().context(settings().contextId("same").build());
		TtsContext second = this.tts.websocket().context(settings().contextId("same").build());
		StepVerifier.create(first.send("x")).expectComplete().verify(TIMEOUT);
		StepVerifier.create(second.send("y")).expectError(IllegalStateException.class).verify(TIMEOUT);
	}

	@Test
	void recordsTimingPerContextWithTheCharactersOfEveryPiece() {
		TtsWebSocketFixtures.RecordingTtsRecorder recorder = new TtsWebSocketFixtures.RecordingTtsRecorder();
		TtsClient recorded = TestClients.builder(this.server.baseUrl()).ttsRecorder(recorder).build().tts();
		this.server.respond(TtsWebSocketFixtures.speaking());
		StepVerifier.create(recorded.speak(Flux.just("Hello ", "big ", "world"), settings().build()).then())
			.expectComplete().verify(TIMEOUT);
		assertThat(recorder.log()).containsExactly("start sonic-3 raw websocket 0", "characters 6", "characters 4",
				"characters 5", "firstAudio", "stop SUCCESS");
		recorded.websocket().close().block(TIMEOUT);
	}

}
