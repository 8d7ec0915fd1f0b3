package io.github.cartesia4j.test.simulator;

import java.util.List;

import io.netty.handler.codec.http.websocketx.WebSocketClientHandshakeException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reactor.netty.http.client.HttpClient;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SttWebSocketRouteTests {

	private static final CartesiaSimulator simulator = CartesiaSimulator.builder()
		.apiKey(SimulatorTestClient.API_KEY)
		.start();

	private static final String QUERY = "/stt/websocket?model=ink-2&encoding=pcm_s16le&sample_rate=16000";

	private final SttWebSocketTestClient client = new SttWebSocketTestClient();

	@AfterAll
	static void close() {
		simulator.close();
	}

	@Test
	void partialTranscriptsGrowAsWordsEndThenFinalizeAndCloseSendFinalPieces() {
		this.client.audio(SttWebSocketTestClient.speech("hello world", PcmEncoding.PCM_S16LE, 16000), 3200);
		this.client.text("finalize");
		this.client.audio(SttWebSocketTestClient.speech("how are you", PcmEncoding.PCM_S16LE, 16000), 3200);
		this.client.text("close");
		List<JsonNode> frames = collect(QUERY);
		assertThat(frames).extracting(SttWebSocketRouteTests::describe)
			.containsExactly("transcript partial: hello", "transcript final: hello world", "flush_done",
					"transcript partial:  how", "transcript partial:  how are", "transcript final:  how are you",
					"done");
		assertThat(frames).allSatisfy((frame) -> assertThat(frame.get("request_id").asString()).isNotBlank());
		assertThat(frames.stream().map((frame) -> frame.get("request_id").asString()).distinct()).hasSize(1);
		JsonNode first = frames.get(1);
		assertThat(first.get("language").asString()).isEqualTo("en");
		List<SyntheticSpeech.Word> spoken = SyntheticSpeech.of("hello world", 16000, 1.0).words();
		assertThat(first.get("duration").asDouble()).isCloseTo(spoken.get(1).end(), within(0.001));
		assertThat(first.get("words")).hasSize(2);
		for (int i = 0; i < 2; i++) {
			assertThat(first.get("words").get(i).get("word").asString()).isEqualTo(spoken.get(i).word());
			assertThat(first.get("words").get(i).get("start").asDouble()).isCloseTo(spoken.get(i).start(),
					within(0.002));
			assertThat(first.get("words").get(i).get("end").asDouble()).isCloseTo(spoken.get(i).end(), within(0.002));
		}
		double offset = spoken.get(1).end();
		JsonNode second = frames.get(5).get("words");
		assertThat(second.get(0).get("start").asDouble()).isCloseTo(offset, within(0.002));
		assertThat(frames.get(3).has("words")).isFalse();
		assertThat(this.client.closeCode()).isEqualTo(1000);
	}

	@ParameterizedTest
	@CsvSource({ "pcm_f32le, 24000, 1001", "pcm_mulaw, 8000, 333", "pcm_alaw, 16000, 77" })
	void decodesEveryEncodingAcrossFramesThatSplitSamples(String encoding, int sampleRate, int chunkBytes) {
		PcmEncoding pcm = PcmEncoding.of(encoding);
		this.client.audio(SttWebSocketTestClient.speech("good morning cartesia", pcm, sampleRate), chunkBytes);
		this.client.text("close");
		List<JsonNode> frames = collect("/stt/websocket?model=ink-whisper&encoding=" + encoding + "&sample_rate="
				+ sampleRate + "&language=fr");
		JsonNode last = frames.get(frames.size() - 2);
		assertThat(describe(last)).isEqualTo("transcript final: good morning cartesia");
		assertThat(last.get("language").asString()).isEqualTo("fr");
	}

	@Test
	void maxSilenceFinalizesOnItsOwnAfterThatMuchSilence() {
		this.client.audio(SttWebSocketTestClient.speech("thank you", PcmEncoding.PCM_S16LE, 16000), 3200);
		this.client.audio(SttWebSocketTestClient.silence(0.5, PcmEncoding.PCM_S16LE, 16000), 3200);
		this.client.audio(SttWebSocketTestClient.speech("good night", PcmEncoding.PCM_S16LE, 16000), 3200);
		this.client.text("close");
		List<JsonNode> frames = collect(QUERY.replace("ink-2", "ink-whisper") + "&max_silence_duration_secs=0.3");
		assertThat(frames.stream().filter((frame) -> frame.path("is_final").asBoolean(false)).map(
				SttWebSocketRouteTests::describe))
			.containsExactly("transcript final: thank you", "transcript final:  good night");
	}

	@Test
	void closeWithoutAudioOnlySendsDone() {
		this.client.text("done");
		assertThat(collect(QUERY)).extracting(SttWebSocketRouteTests::describe).containsExactly("done");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "encoding=pcm_s16le&sample_rate=16000|model is required",
			"model=sonic-3&encoding=pcm_s16le&sample_rate=16000|model must be ink-2",
			"model=ink-2&encoding=mp3&sample_rate=16000|encoding must be one of",
			"model=ink-2&sample_rate=16000|encoding is required",
			"model=ink-2&encoding=pcm_s16le|sample_rate is required",
			"model=ink-2&encoding=pcm_s16le&sample_rate=abc|sample_rate must be an integer",
			"model=ink-whisper&encoding=pcm_s16le&sample_rate=16000&min_volume=2|min_volume must be between",
			"model=ink-2&encoding=pcm_s16le&sample_rate=16000&keyterm=%20|keyterm must not be blank" })
	void invalidQueryGetsAnErrorFrameThenTheSocketCloses(String query, String message) {
		List<JsonNode> frames = collect("/stt/websocket?" + query);
		assertThat(frames).hasSize(1);
		JsonNode error = frames.get(0);
		assertThat(error.get("type").asString()).isEqualTo("error");
		assertThat(error.get("status_code").asInt()).isEqualTo(400);
		assertThat(error.get("error_code").asString()).isEqualTo("invalid_request");
		assertThat(error.get("title").asString()).isEqualTo("Invalid request");
		assertThat(error.get("message").asString()).contains(message);
		assertThat(error.get("request_id").asString()).isNotBlank();
		assertThat(this.client.closeCode()).isEqualTo(1008);
	}

	@Test
	void unknownCommandGetsAnErrorFrameAndNothingAfterIt() {
		this.client.text("{\"type\":\"close\"}");
		this.client.text("close");
		List<JsonNode> frames = collect(QUERY);
		assertThat(frames).extracting(SttWebSocketRouteTests::describe).containsExactly("error");
		assertThat(frames.get(0).get("message").asString()).contains("unknown command");
		assertThat(this.client.closeCode()).isEqualTo(1008);
	}

	@Test
	void refusesTheUpgradeWithoutValidCredentials() {
		StepVerifier.create(HttpClient.create()
			.headers((headers) -> headers.set("Authorization", "Bearer wrong").set("Cartesia-Version", "2025-11-04"))
			.websocket()
			.uri("ws://127.0.0.1:" + simulator.port() + QUERY)
			.handle((inbound, outbound) -> inbound.receive().then()))
			.expectErrorSatisfies((ex) -> assertThat(
					((WebSocketClientHandshakeException) ex).response().status().code())
				.isEqualTo(401))
			.verify(SimulatorTestClient.TIMEOUT);
	}

	private List<JsonNode> collect(String pathAndQuery) {
		return this.client.connect(simulator, pathAndQuery).collectList().block(SimulatorTestClient.TIMEOUT);
	}

	static String describe(JsonNode frame) {
		String type = frame.get("type").asString();
		if (!type.equals("transcript")) {
			return type;
		}
		return type + (frame.get("is_final").asBoolean() ? " final: " : " partial: ") + frame.get("text").asString();
	}

}
