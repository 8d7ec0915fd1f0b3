package io.github.cartesia4j.client.stt;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.cartesia4j.client.core.CartesiaStreamException;
import io.github.cartesia4j.client.core.CartesiaStreamInterruptedException;
import io.github.cartesia4j.client.core.WebSocketTestServer;
import io.github.cartesia4j.testing.TestClients;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The turn detection WebSocket against a scripted server.
 */
class SttTurnsWireTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final SttTurnOptions OPTIONS = SttTurnOptions.of("ink-2", SttEncoding.PCM_S16LE, 16000);

	private final WebSocketTestServer server = WebSocketTestServer.start();

	private final SttClient stt = TestClients.client(this.server.baseUrl()).stt();

	@AfterEach
	void stop() {
		this.server.close();
	}

	private void closeOnCloseCommand() {
		this.server.respond((peer, text) -> {
			if (text.equals("{\"type\":\"close\"}")) {
				peer.close(1000, "");
			}
			return List.of();
		});
	}

	@Test
	void upgradesWithTheThresholdsAndKeytermsInTheQuery() {
		closeOnCloseCommand();
		SttTurnOptions options = SttTurnOptions.builder()
			.model("ink-2")
			.encoding(SttEncoding.PCM_MULAW)
			.sampleRate(8000)
			.keyterm("Ink 2")
			.turnStartThreshold(0.7)
			.turnEagerEndThreshold(0.5)
			.turnEndThreshold(0.3)
			.turnEndTimeoutMs(1000)
			.build();
		StepVerifier.create(this.stt.streamTurns(options, Flux.empty())).expectComplete().verify(TIMEOUT);
		WebSocketTestServer.Handshake handshake = this.server.handshakes().get(0);
		assertThat(handshake.uri()).isEqualTo("/stt/turns/websocket?model=ink-2&encoding=pcm_mulaw&sample_rate=8000"
				+ "&keyterm=Ink%202&turn_start_threshold=0.7&turn_eager_end_threshold=0.5&turn_end_threshold=0.3"
				+ "&turn_end_timeout_ms=1000");
		assertThat(handshake.headers()).containsEntry("Authorization", "Bearer " + TestClients.API_KEY)
			.containsEntry("Cartesia-Version", "2025-11-04");
	}

	@Test
	void configAndCloseAreJsonCommandsAndANormalCloseAfterCloseCompletes() {
		closeOnCloseCommand();
		Flux<SttTurnInput> inputs = Flux.just(SttTurnInput.audio(new byte[] { 1 }),
				SttTurnInput.configure(SttTurnConfig.builder().eagerEndThreshold(0.35).endTimeoutMs(2000).build()),
				SttTurnInput.audio(new byte[] { 2 }));
		StepVerifier.create(this.stt.streamTurnInputs(OPTIONS, inputs)).expectComplete().verify(TIMEOUT);
		List<JsonNode> sent = this.server.messages()
			.stream()
			.map((message) -> MAPPER.readTree(message.text()))
			.toList();
		assertThat(sent).containsExactly(
				MAPPER.readTree(
						"{\"type\":\"config\",\"turn\":{\"eager_end_threshold\":0.35,\"end_timeout_ms\":2000}}"),
				MAPPER.readTree("{\"type\":\"close\"}"));
	}

	@Test
	void framesBecomeTurnEventsInOrder() {
		StepVerifier.create(this.stt.streamTurns(OPTIONS, Flux.never())).then(() -> {
			WebSocketTestServer.Peer peer = this.server.latest();
			peer.send("{\"type\":\"connected\",\"request_id\":\"r\"}");
			peer.send("{\"type\":\"turn.start\",\"request_id\":\"r\"}");
			peer.send("{\"type\":\"turn.update\",\"request_id\":\"r\",\"transcript\":\"maybe\"}");
			peer.send("{\"type\":\"turn.eager_end\",\"request_id\":\"r\",\"transcript\":\"maybe done\"}");
			peer.send("{\"type\":\"turn.something_new\",\"request_id\":\"r\"}");
			peer.send("{\"type\":\"turn.resume\",\"request_id\":\"r\"}");
			peer.send("{\"type\":\"turn.end\",\"request_id\":\"r\",\"transcript\":\"maybe done now.\"}");
			peer.send("{\"type\":\"done\",\"request_id\":\"r\"}");
		})
			.expectNext(new SttTurnEvent.Connected("r"), new SttTurnEvent.Start("r"),
					new SttTurnEvent.Update("maybe", "r"), new SttTurnEvent.EagerEnd("maybe done", "r"),
					new SttTurnEvent.Resume("r"), new SttTurnEvent.End("maybe done now.", "r"))
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void normalCloseBeforeTheCloseCommandIsAnInterruption() {
		StepVerifier.create(this.stt.streamTurns(OPTIONS, Flux.never())).then(() -> {
			WebSocketTestServer.Peer peer = this.server.latest();
			peer.send("{\"type\":\"connected\",\"request_id\":\"r\"}");
			peer.close(1000, "idle");
		})
			.expectNext(new SttTurnEvent.Connected("r"))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(CartesiaStreamInterruptedException.class)
				.hasMessageContaining("stt.turns.websocket")
				.hasMessageContaining("1000 (idle)"))
			.verify(TIMEOUT);
	}

	@Test
	void abnormalCloseAfterTheCloseCommandIsAnInterruption() {
		this.server.respond((peer, text) -> {
			peer.close(1011, "crashed");
			return List.of();
		});
		StepVerifier.create(this.stt.streamTurns(OPTIONS, Flux.empty()))
			.expectError(CartesiaStreamInterruptedException.class)
			.verify(TIMEOUT);
	}

	@Test
	void errorFrameEndsTheEvents() {
		StepVerifier.create(this.stt.streamTurns(OPTIONS, Flux.never()))
			.then(() -> this.server.latest()
				.send("{\"type\":\"error\",\"status_code\":400,\"title\":\"Invalid request\",\"message\":"
						+ "\"turn_end_threshold must be between 0.05 and 0.5\",\"request_id\":\"r\"}"))
			.expectErrorSatisfies((ex) -> {
				CartesiaStreamException error = (CartesiaStreamException) ex;
				assertThat(error.getStatusCode()).isEqualTo(400);
				assertThat(error.getApiMessage()).contains("turn_end_threshold");
			})
			.verify(TIMEOUT);
	}

}
