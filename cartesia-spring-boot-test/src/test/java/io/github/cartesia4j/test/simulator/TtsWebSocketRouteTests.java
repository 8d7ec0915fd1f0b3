package io.github.cartesia4j.test.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import io.netty.handler.codec.http.websocketx.WebSocketClientHandshakeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class TtsWebSocketRouteTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final CartesiaSimulator simulator = CartesiaSimulator.builder()
		.apiKey(SimulatorTestClient.API_KEY)
		.chunkDelay(Duration.ofMillis(5))
		.start();

	private final TtsWebSocketTestClient client = new TtsWebSocketTestClient();

	@AfterEach
	void close() {
		this.simulator.close();
	}

	@Test
	void streamsAudioOfTheAccumulatedTranscriptThenDone() {
		this.client.send(TtsWebSocketTestClient.message("a", "Hello there ", true).put("max_buffer_delay_ms", 0));
		this.client.send(TtsWebSocketTestClient.message("a", "general Kenobi", true).put("max_buffer_delay_ms", 0));
		this.client.send(TtsWebSocketTestClient.message("a", "", false));
		List<JsonNode> frames = collectUntilDone(1);
		assertThat(frames).allSatisfy((frame) -> assertThat(frame.get("context_id").asString()).isEqualTo("a"));
		assertThat(frames.subList(0, frames.size() - 1)).allSatisfy((frame) -> {
			assertThat(frame.get("type").asString()).isEqualTo("chunk");
			assertThat(frame.get("status_code").asInt()).isEqualTo(206);
			assertThat(frame.get("done").asBoolean()).isFalse();
			assertThat(frame.get("step_time").isNumber()).isTrue();
			assertThat(frame.has("flush_id")).isFalse();
		});
		JsonNode done = frames.get(frames.size() - 1);
		assertThat(done.get("type").asString()).isEqualTo("done");
		assertThat(done.get("done").asBoolean()).isTrue();
		assertThat(TtsWebSocketTestClient.audio(frames, "a"))
			.isEqualTo(TtsWebSocketTestClient.pcm16("Hello there general Kenobi", 16000));
	}

	@Test
	void flushSendsTheAudioSoFarWithItsFlushIdThenFlushDone() {
		this.client.send(TtsWebSocketTestClient.message("f", "One two ", true).put("add_timestamps", true));
		this.client.send(TtsWebSocketTestClient.message("f", "", true).put("flush", true));
		this.client.send(TtsWebSocketTestClient.message("f", "three", true));
		this.client.send(TtsWebSocketTestClient.message("f", "", true).put("flush", true));
		this.client.send(TtsWebSocketTestClient.message("f", "", false));
		List<JsonNode> frames = collectUntilDone(1);
		List<String> shape = frames.stream()
			.map((frame) -> frame.get("type").asString() + (frame.has("flush_id") ? frame.get("flush_id").asInt() : ""))
			.distinct()
			.toList();
		assertThat(shape).containsExactly("chunk1", "timestamps1", "flush_done1", "chunk2", "timestamps2",
				"flush_done2", "done");
		JsonNode firstWords = frames.stream().filter((frame) -> frame.get("type").asString().equals("timestamps"))
			.findFirst().orElseThrow().get("word_timestamps");
		assertThat(firstWords.get("words").toString()).isEqualTo("[\"One\",\"two\"]");
		JsonNode flushDone = frames.stream().filter((frame) -> frame.get("type").asString().equals("flush_done"))
			.findFirst().orElseThrow();
		assertThat(flushDone.get("flush_done").asBoolean()).isTrue();
		assertThat(flushDone.get("done").asBoolean()).isFalse();
		assertThat(TtsWebSocketTestClient.audio(frames, "f"))
			.isEqualTo(TtsWebSocketTestClient.pcm16("One two three", 16000));
	}

	@Test
	void interleavesTheFramesOfConcurrentContexts() {
		String text = "the quick brown fox jumps over the lazy dog";
		for (String id : List.of("x", "y", "z")) {
			this.client.send(TtsWebSocketTestClient.message(id, text, false));
		}
		List<JsonNode> frames = collectUntilDone(3);
		List<String> order = frames.stream().map((frame) -> frame.get("context_id").asString()).toList();
		assertThat(order.indexOf("y")).isLessThan(order.lastIndexOf("x") - 1);
		assertThat(order.indexOf("z")).isLessThan(order.lastIndexOf("x") - 1);
		assertThat(order.indexOf("z")).isLessThan(order.lastIndexOf("y") - 1);
		for (String id : List.of("x", "y", "z")) {
			assertThat(TtsWebSocketTestClient.audio(frames, id)).isEqualTo(TtsWebSocketTestClient.pcm16(text, 16000));
		}
	}

	@Test
	void invalidMessagesGetErrorFramesWhileTheConnectionAndOtherContextsContinue() {
		ObjectNode noModel = TtsWebSocketTestClient.message("bad", "Hi", false);
		noModel.remove("model_id");
		ObjectNode wav = TtsWebSocketTestClient.message("wav", "Hi", false);
		((ObjectNode) wav.get("output_format")).put("container", "wav");
		ObjectNode noVoice = TtsWebSocketTestClient.message("novoice", "Hi", false);
		noVoice.remove("voice");
		this.client.send(TtsWebSocketTestClient.message("good", "still speaking here", true));
		this.client.send(noModel);
		this.client.send("{not json");
		this.client.send(wav);
		this.client.send(noVoice);
		this.client.send(TtsWebSocketTestClient.message("good", "", false));
		List<JsonNode> frames = collectUntilDone(1);
		List<JsonNode> errors = frames.stream()
			.filter((frame) -> frame.get("type").asString().equals("error"))
			.toList();
		assertThat(errors).hasSize(4);
		assertThat(errors).allSatisfy((error) -> {
			assertThat(error.get("status_code").asInt()).isEqualTo(400);
			assertThat(error.get("done").asBoolean()).isTrue();
			assertThat(error.get("title").asString()).isEqualTo("Invalid request");
			assertThat(error.get("error_code").asString()).isEqualTo("invalid_request");
			assertThat(error.get("request_id").asString()).isNotBlank();
		});
		assertThat(errors.stream().map((error) -> error.get("context_id").isNull() ? null
				: error.get("context_id").asString()).toList())
			.containsExactly("bad", null, "wav", "novoice");
		assertThat(errors.get(0).get("message").asString()).contains("model_id");
		assertThat(errors.get(1).get("message").asString()).contains("not valid JSON");
		assertThat(errors.get(2).get("message").asString()).contains("output_format.container must be raw");
		assertThat(errors.get(3).get("message").asString()).contains("voice");
		assertThat(TtsWebSocketTestClient.audio(frames, "good"))
			.isEqualTo(TtsWebSocketTestClient.pcm16("still speaking here", 16000));
	}

	@Test
	void cancelledContextSendsNothingMore() {
		String text = "a fairly long sentence that makes plenty of audio chunks for this context";
		this.client.send(TtsWebSocketTestClient.message("stay", text, false));
		this.client.send(TtsWebSocketTestClient.message("gone", text, false));
		List<JsonNode> beforeCancel = new ArrayList<>();
		List<JsonNode> afterCancel = new ArrayList<>();
		AtomicBoolean cancelled = new AtomicBoolean();
		StepVerifier.create(this.client.connect(this.simulator).doOnNext((frame) -> {
			(cancelled.get() ? afterCancel : beforeCancel).add(frame);
			if (frame.get("context_id").asString().equals("gone") && cancelled.compareAndSet(false, true)) {
				this.client.send(TtsWebSocketTestClient.cancel("gone"));
			}
		}).takeUntil((frame) -> frame.get("type").asString().equals("done")))
			.thenConsumeWhile((frame) -> true)
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(beforeCancel)
			.anySatisfy((frame) -> assertThat(frame.get("context_id").asString()).isEqualTo("gone"));
		assertThat(afterCancel.get(afterCancel.size() - 1).get("context_id").asString()).isEqualTo("stay");
		List<String> goneAfterCancel = afterCancel.stream()
			.filter((frame) -> frame.get("context_id").asString().equals("gone"))
			.map((frame) -> frame.get("type").asString())
			.toList();
		assertThat(goneAfterCancel).hasSizeLessThan(10).allSatisfy((type) -> assertThat(type).isEqualTo("chunk"));
		int goneAudio = TtsWebSocketTestClient.audio(beforeCancel, "gone").length
				+ TtsWebSocketTestClient.audio(afterCancel, "gone").length;
		assertThat(goneAudio).isLessThan(TtsWebSocketTestClient.pcm16(text, 16000).length / 2);
		assertThat(TtsWebSocketTestClient.audio(afterCancel, "stay").length
				+ TtsWebSocketTestClient.audio(beforeCancel, "stay").length)
			.isEqualTo(TtsWebSocketTestClient.pcm16(text, 16000).length);
	}

	@Test
	void refusesUpgradeWithoutValidCredentials() {
		StepVerifier.create(this.client.connect(this.simulator, "", (headers) -> headers.set("Cartesia-Version",
				"2025-11-04").set("Authorization", "Bearer wrong")))
			.expectErrorSatisfies((ex) -> assertThat(status(ex)).isEqualTo(401))
			.verify(TIMEOUT);
		StepVerifier.create(this.client.connect(this.simulator, "?api_key=" + SimulatorTestClient.API_KEY,
				(headers) -> {
				}))
			.expectErrorSatisfies((ex) -> assertThat(status(ex)).isEqualTo(400))
			.verify(TIMEOUT);
	}

	@Test
	void acceptsCredentialsAndVersionInTheQuery() {
		for (String credential : List.of("api_key", "access_token")) {
			TtsWebSocketTestClient queryClient = new TtsWebSocketTestClient();
			queryClient.send(TtsWebSocketTestClient.message("q", "Hi", false));
			StepVerifier
				.create(queryClient
					.connect(this.simulator,
							"?" + credential + "=" + SimulatorTestClient.API_KEY + "&cartesia_version=2025-11-04",
							(headers) -> {
							})
					.takeUntil((frame) -> frame.get("type").asString().equals("done")))
				.thenConsumeWhile((frame) -> true)
				.expectComplete().verify(TIMEOUT);
		}
	}

	private static int status(Throwable handshakeFailure) {
		return ((WebSocketClientHandshakeException) handshakeFailure).response().status().code();
	}

	private List<JsonNode> collectUntilDone(int contexts) {
		List<JsonNode> frames = new ArrayList<>();
		int[] done = new int[1];
		StepVerifier.create(this.client.connect(this.simulator).doOnNext(frames::add).takeUntil((frame) -> {
			if (frame.get("type").asString().equals("done")) {
				done[0]++;
			}
			return done[0] == contexts;
		})).thenConsumeWhile((frame) -> true).expectComplete().verify(TIMEOUT);
		return frames;
	}

}
