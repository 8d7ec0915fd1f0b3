package io.github.cartesia4j.test.simulator;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class SttTurnsRouteTests {

	private static final CartesiaSimulator simulator = CartesiaSimulator.builder()
		.apiKey(SimulatorTestClient.API_KEY)
		.start();

	private static final String QUERY = "/stt/turns/websocket?model=ink-2&encoding=pcm_s16le&sample_rate=16000";

	private final SttWebSocketTestClient client = new SttWebSocketTestClient();

	@AfterAll
	static void close() {
		simulator.close();
	}

	@Test
	void speechThenLongSilenceThenSpeechMakesTwoTurns() {
		speak("hello world");
		pause(1.0);
		speak("how are you");
		this.client.text("{\"type\":\"close\"}");
		List<JsonNode> frames = collect(QUERY);
		assertThat(frames).extracting(SttTurnsRouteTests::describe)
			.containsExactly("connected", "turn.start", "turn.update: hello", "turn.update: hello world",
					"turn.eager_end: hello world", "turn.end: hello world", "turn.start", "turn.update: how",
					"turn.update: how are", "turn.end: how are you");
		assertThat(frames.stream().map((frame) -> frame.get("request_id").asString()).distinct()).hasSize(1);
		assertThat(this.client.closeCode()).isEqualTo(1000);
	}

	@Test
	void speechComingBackAfterAnEagerEndResumesTheTurn() {
		speak("good morning");
		pause(0.6);
		speak("cartesia");
		pause(1.0);
		this.client.text("{\"type\":\"close\"}");
		assertThat(collect(QUERY)).extracting(SttTurnsRouteTests::describe)
			.containsExactly("connected", "turn.start", "turn.update: good", "turn.update: good morning",
					"turn.eager_end: good morning", "turn.resume", "turn.update: good morning cartesia",
					"turn.eager_end: good morning cartesia", "turn.end: good morning cartesia");
	}

	@Test
	void thresholdsFromTheQueryAndFromConfigCommandsSetHowMuchSilenceEndsATurn() {
		speak("thank you");
		pause(0.6);
		this.client.text("{\"type\":\"config\",\"turn\":{\"end_threshold\":0.05,\"eager_end_threshold\":0.6}}");
		speak("thank you");
		pause(0.6);
		this.client.text("{\"type\":\"close\"}");
		List<String> events = collect(QUERY + "&turn_end_threshold=0.4&turn_eager_end_threshold=0.3")
			.stream()
			.map(SttTurnsRouteTests::describe)
			.toList();
		assertThat(events).containsExactly("connected", "turn.start", "turn.update: thank", "turn.update: thank you",
				"turn.end: thank you", "turn.start", "turn.update: thank", "turn.update: thank you",
				"turn.eager_end: thank you", "turn.end: thank you");
	}

	@Test
	void shortEndTimeoutEndsTheTurnBeforeTheThresholdsWould() {
		speak("yes");
		pause(0.7);
		this.client.text("{\"type\":\"close\"}");
		assertThat(collect(QUERY + "&turn_end_threshold=0.05&turn_end_timeout_ms=640"))
			.extracting(SttTurnsRouteTests::describe)
			.containsExactly("connected", "turn.start", "turn.update: yes", "turn.eager_end: yes", "turn.end: yes");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "model=ink-whisper&encoding=pcm_s16le&sample_rate=16000|model must be ink-2",
			"model=ink-2&encoding=pcm_s16le&sample_rate=16000&turn_start_threshold=0.95|turn_start_threshold must be",
			"model=ink-2&encoding=pcm_s16le&sample_rate=16000&turn_end_timeout_ms=100|turn_end_timeout_ms must be" })
	void invalidQueryGetsAnErrorFrameInsteadOfConnected(String query, String message) {
		List<JsonNode> frames = collect("/stt/turns/websocket?" + query);
		assertThat(frames).extracting(SttTurnsRouteTests::describe).containsExactly("error");
		assertThat(frames.get(0).get("message").asString()).contains(message);
		assertThat(this.client.closeCode()).isEqualTo(1008);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "close|not valid JSON",
			"{\"type\":\"finalize\"}|type must be close or config",
			"{\"type\":\"config\",\"turn\":{\"end_threshold\":0.9}}|turn.end_threshold must be between",
			"{\"type\":\"config\"}|turn is required" })
	void invalidCommandGetsAnErrorFrame(String command, String message) {
		this.client.text(command);
		List<JsonNode> frames = collect(QUERY);
		assertThat(frames).extracting(SttTurnsRouteTests::describe).containsExactly("connected", "error");
		assertThat(frames.get(1).get("message").asString()).contains(message);
		assertThat(frames.get(1).get("status_code").asInt()).isEqualTo(400);
	}

	private void speak(String words) {
		this.client.audio(SttWebSocketTestClient.speech(words, PcmEncoding.PCM_S16LE, 16000), 3200);
	}

	private void pause(double seconds) {
		this.client.audio(SttWebSocketTestClient.silence(seconds, PcmEncoding.PCM_S16LE, 16000), 3200);
	}

	private List<JsonNode> collect(String pathAndQuery) {
		return this.client.connect(simulator, pathAndQuery).collectList().block(SimulatorTestClient.TIMEOUT);
	}

	private static String describe(JsonNode frame) {
		String type = frame.get("type").asString();
		return frame.has("transcript") ? type + ": " + frame.get("transcript").asString() : type;
	}

}
