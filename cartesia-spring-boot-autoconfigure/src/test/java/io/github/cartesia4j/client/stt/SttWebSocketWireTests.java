package io.github.cartesia4j.client.stt;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

import io.github.cartesia4j.client.CartesiaClient;
import io.github.cartesia4j.client.core.CartesiaBadRequestException;
import io.github.cartesia4j.client.core.CartesiaConnectionException;
import io.github.cartesia4j.client.core.CartesiaDecodingException;
import io.github.cartesia4j.client.core.CartesiaStreamException;
import io.github.cartesia4j.client.core.CartesiaStreamInterruptedException;
import io.github.cartesia4j.client.core.RequestOptions;
import io.github.cartesia4j.client.core.WebSocketTestServer;
import io.github.cartesia4j.testing.TestClients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The manual-finalize speech-to-text WebSocket against a scripted server: the upgrade, the
 * commands it writes, how frames become events, and how the session ends.
 */
class SttWebSocketWireTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private static final SttStreamOptions OPTIONS = SttStreamOptions.of("ink-2", SttEncoding.PCM_S16LE, 16000);

	private static final String DONE = "{\"type\":\"done\",\"request_id\":\"r1\"}";

	private final WebSocketTestServer server = WebSocketTestServer.start();

	private final SttClient stt = TestClients.client(this.server.baseUrl()).stt();

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void upgradesWithEveryOptionInTheQueryStrictlyEncodedAndTheKeyInHeaders() {
		this.server.respond((peer, text) -> List.of(DONE));
		SttStreamOptions options = SttStreamOptions.builder()
			.model("ink-whisper")
			.encoding(SttEncoding.PCM_F32LE)
			.sampleRate(24000)
			.language("fr")
			.minVolume(0.05)
			.maxSilenceDurationSecs(1.0)
			.keyterm("Cartesia")
			.keyterm("Sonic 3")
			.keyterm("a&b=c+d")
			.build();
		StepVerifier.create(this.stt.stream(options, Flux.empty()))
			.expectNext(new SttEvent.Done("r1"))
			.expectComplete()
			.verify(TIMEOUT);
		WebSocketTestServer.Handshake handshake = this.server.handshakes().get(0);
		assertThat(handshake.uri()).isEqualTo("/stt/websocket?model=ink-whisper&encoding=pcm_f32le&sample_rate=24000"
				+ "&language=fr&min_volume=0.05&max_silence_duration_secs=1&keyterm=Cartesia&keyterm=Sonic%203"
				+ "&keyterm=a%26b%3Dc%2Bd");
		assertThat(handshake.headers()).containsEntry("Authorization", "Bearer " + TestClients.API_KEY)
			.containsEntry("Cartesia-Version", "2025-11-04")
			.containsEntry("User-Agent", "cartesia-spring-boot/" + CartesiaClient.VERSION);
	}

	@Test
	void accessTokenAndVersionTravelInTheQueryInstead() {
		this.server.respond((peer, text) -> List.of(DONE));
		SttClient tokenClient = CartesiaClient.builder()
			.accessToken("tok_123")
			.baseUrl(this.server.baseUrl())
			.build()
			.stt();
		StepVerifier.create(tokenClient.stream(OPTIONS, Flux.empty()).then()).expectComplete().verify(TIMEOUT);
		WebSocketTestServer.Handshake handshake = this.server.handshakes().get(0);
		assertThat(handshake.query()).isEqualTo(
				"model=ink-2&encoding=pcm_s16le&sample_rate=16000&access_token=tok_123&cartesia_version=2025-11-04");
		assertThat(handshake.headers()).doesNotContainKeys("Authorization", "X-API-Key", "Cartesia-Version");
	}

	@Test
	void finalizeAndCloseArePlainTextCommandsInOrderWithTheAudio() {
		this.server.respond((peer, text) -> text.equals("close") ? List.of(DONE) : List.of());
		Flux<SttInput> inputs = Flux.just(SttInput.audio(new byte[] { 1, 2 }), SttInput.FINALIZE,
				SttInput.audio(new byte[0]), SttInput.audio(new byte[] { 3 }), SttInput.FINALIZE);
		StepVerifier.create(this.stt.streamInputs(OPTIONS, inputs).then()).expectComplete().verify(TIMEOUT);
		assertThat(this.server.messages()).extracting(WebSocketTestServer.Message::text)
			.containsExactly("finalize", "finalize", "close");
		await().atMost(TIMEOUT).until(() -> this.server.closeCodes().equals(List.of(1000)));
	}

	@Test
	void versionsBeforeCloseExistedEndTheInputWithDone() {
		this.server.respond((peer, text) -> List.of(DONE));
		SttClient legacy = this.stt.withOptions(RequestOptions.builder().apiVersion("2025-04-16").build());
		StepVerifier.create(legacy.stream(OPTIONS, Flux.empty()).then()).expectComplete().verify(TIMEOUT);
		assertThat(this.server.messages()).extracting(WebSocketTestServer.Message::text).containsExactly("done");
		assertThat(this.server.handshakes().get(0).headers()).containsEntry("Cartesia-Version", "2025-04-16");
	}

	@Test
	void framesBecomeEventsInOrderWithWordsInEitherShapeAndUnknownTypesSkipped() {
		Sinks.Many<byte[]> audio = Sinks.many().unicast().onBackpressureBuffer();
		StepVerifier.create(this.stt.stream(OPTIONS, audio.asFlux())).then(() -> {
			WebSocketTestServer.Peer peer = this.server.latest();
			peer.send("{\"type\":\"transcript\",\"request_id\":\"r1\",\"text\":\"How\",\"is_final\":false,"
					+ "\"duration\":0.4,\"extra\":{\"nested\":true}}");
			peer.send("{\"type\":\"speech_started\",\"request_id\":\"r1\"}");
			peer.send("{\"type\":\"transcript\",\"request_id\":\"r1\",\"text\":\"How are you\",\"is_final\":true,"
					+ "\"duration\":1.2,\"language\":\"en\",\"words\":[{\"word\":\"How\",\"start\":0,\"end\":0.12},"
					+ "{\"word\":\"are\",\"start\":0.15,\"end\":0.25},"
					+ "{\"word\":\"you\",\"start\":0.28,\"end\":0.35}]}");
			peer.send("{\"type\":\"flush_done\",\"request_id\":\"r1\"}");
			peer.send("{\"type\":\"transcript\",\"text\":\" doing\",\"is_final\":true,"
					+ "\"words\":[{\"words\":[\"doing\"],\"start\":[0.38],\"end\":[0.55]}]}");
			peer.send(DONE);
		})
			.expectNext(new SttEvent.Transcript("How", false, 0.4, null, List.of(), "r1"))
			.expectNext(new SttEvent.Transcript("How are you", true, 1.2, "en",
					List.of(new TranscriptionWord("How", 0, 0.12), new TranscriptionWord("are", 0.15, 0.25),
							new TranscriptionWord("you", 0.28, 0.35)),
					"r1"))
			.expectNext(new SttEvent.FlushDone("r1"))
			.expectNext(new SttEvent.Transcript(" doing", true, null, null,
					List.of(new TranscriptionWord("doing", 0.38, 0.55)), null))
			.expectNext(new SttEvent.Done("r1"))
			.expectComplete()
			.verify(TIMEOUT);
		await().atMost(TIMEOUT).until(() -> this.server.closeCodes().equals(List.of(1000)));
	}

	@Test
	void errorFrameEndsTheEventsWithItsDetailsAndClosesTheSocket() {
		StepVerifier.create(this.stt.stream(OPTIONS, Flux.never())).then(() -> {
			WebSocketTestServer.Peer peer = this.server.latest();
			peer.send("{\"type\":\"transcript\",\"request_id\":\"r1\",\"text\":\"hi\",\"is_final\":false}");
			peer.send("{\"type\":\"error\",\"status_code\":429,\"title\":\"Concurrency limited\",\"message\":"
					+ "\"Too many sessions\",\"error_code\":\"concurrency_limited\",\"request_id\":\"r1\"}");
		}).expectNextCount(1).expectErrorSatisfies((ex) -> {
			CartesiaStreamException error = (CartesiaStreamException) ex;
			assertThat(error.getStatusCode()).isEqualTo(429);
			assertThat(error.getErrorCode()).isEqualTo("concurrency_limited");
			assertThat(error.getTitle()).isEqualTo("Concurrency limited");
			assertThat(error.getApiMessage()).isEqualTo("Too many sessions");
			assertThat(error.getRequestId()).isEqualTo("r1");
		}).verify(TIMEOUT);
		await().atMost(TIMEOUT).until(() -> this.server.closeCodes().equals(List.of(1000)));
	}

	@Test
	void olderErrorFrameShapeIsReadToo() {
		StepVerifier.create(this.stt.stream(OPTIONS, Flux.never()))
			.then(() -> this.server.latest()
				.send("{\"type\":\"error\",\"request_id\":\"r9\",\"message\":\"bad audio\"}"))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(CartesiaStreamException.class)
				.hasMessageContaining("bad audio"))
			.verify(TIMEOUT);
	}

	@Test
	void malformedFrameFailsWithADecodingError() {
		StepVerifier.create(this.stt.stream(OPTIONS, Flux.never()))
			.then(() -> this.server.latest().send("not json"))
			.expectError(CartesiaDecodingException.class)
			.verify(TIMEOUT);
	}

	@Test
	void socketClosedBeforeDoneIsAnInterruptionNeverACompletion() {
		StepVerifier.create(this.stt.stream(OPTIONS, Flux.never())).then(() -> {
			WebSocketTestServer.Peer peer = this.server.latest();
			peer.send("{\"type\":\"transcript\",\"text\":\"hel\",\"is_final\":false}");
			peer.close(1011, "overloaded");
		})
			.expectNextCount(1)
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(CartesiaStreamInterruptedException.class)
				.hasMessageContaining("stt.websocket")
				.hasMessageContaining("1011 (overloaded)"))
			.verify(TIMEOUT);
		this.server.respond((peer, text) -> {
			peer.close(1000, "");
			return List.of();
		});
		StepVerifier.create(this.stt.stream(OPTIONS, Flux.empty()))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(CartesiaStreamInterruptedException.class)
				.hasMessageContaining("closed with code 1000 before the session ended"))
			.verify(TIMEOUT);
	}

	@Test
	void droppedConnectionIsAnInterruption() {
		StepVerifier.create(this.stt.stream(OPTIONS, Flux.never()))
			.then(() -> this.server.latest().drop())
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(CartesiaStreamInterruptedException.class)
				.hasCauseInstanceOf(CartesiaConnectionException.class))
			.verify(TIMEOUT);
	}

	@Test
	void refusedUpgradeFailsWithTheTypedException() {
		this.server.refuse(400, "{\"error_code\":\"invalid_request\",\"title\":\"Invalid request\","
				+ "\"message\":\"sample_rate is required\",\"request_id\":\"req-400\"}");
		StepVerifier.create(this.stt.stream(OPTIONS, Flux.empty())).expectErrorSatisfies((ex) -> {
			CartesiaBadRequestException error = (CartesiaBadRequestException) ex;
			assertThat(error.getRequestId()).isEqualTo("req-400");
			assertThat(error.getMessage()).contains("sample_rate is required");
		}).verify(TIMEOUT);
	}

	@Test
	void audioIsRequestedOneChunkAtATimeAndOnlyOnceTheSocketIsOpen() {
		List<Long> requests = new CopyOnWriteArrayList<>();
		Flux<byte[]> audio = Flux.range(0, 20).map((i) -> new byte[] { i.byteValue() }).doOnRequest(requests::add);
		this.server.respond((peer, text) -> List.of(DONE));
		Flux<SttEvent> events = this.stt.stream(OPTIONS, audio);
		assertThat(requests).isEmpty();
		StepVerifier.create(events).expectNext(new SttEvent.Done("r1")).expectComplete().verify(TIMEOUT);
		assertThat(requests).hasSizeGreaterThanOrEqualTo(20).allSatisfy((n) -> assertThat(n).isEqualTo(1));
		assertThat(this.server.handshakes()).hasSize(1);
	}

	@Test
	void failingAudioEndsTheEventsWithItsErrorAndClosesWithoutTheCloseCommand() {
		IllegalStateException broken = new IllegalStateException("microphone unplugged");
		Flux<byte[]> audio = Flux.concat(Mono.just(new byte[] { 1 }), Mono.delay(Duration.ofMillis(50)).then(
				Mono.error(broken)));
		StepVerifier.create(this.stt.stream(OPTIONS, audio)).expectErrorMatches((ex) -> ex == broken).verify(TIMEOUT);
		await().atMost(TIMEOUT).until(() -> this.server.closeCodes().equals(List.of(1000)));
		assertThat(this.server.messages()).isEmpty();
	}

	@Test
	void cancellingClosesTheSocketNormally() {
		StepVerifier.create(this.stt.stream(OPTIONS, Flux.never()))
			.then(() -> this.server.latest().send("{\"type\":\"transcript\",\"text\":\"a\",\"is_final\":false}"))
			.expectNextCount(1)
			.thenCancel()
			.verify(TIMEOUT);
		await().atMost(TIMEOUT).until(() -> this.server.closeCodes().equals(List.of(1000)));
	}

	@Test
	void eachSubscriptionIsItsOwnSession() {
		this.server.respond((peer, text) -> List.of(DONE));
		Flux<SttEvent> events = this.stt.stream(OPTIONS, Flux.empty());
		StepVerifier.create(events.then(events.then())).expectComplete().verify(TIMEOUT);
		assertThat(this.server.handshakes()).hasSize(2);
		assertThat(this.server.peers()).hasSize(2);
	}

}
