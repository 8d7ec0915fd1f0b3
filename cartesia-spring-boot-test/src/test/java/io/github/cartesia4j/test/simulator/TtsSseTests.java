package io.github.cartesia4j.test.simulator;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class TtsSseTests {

	private static final CartesiaSimulator simulator = CartesiaSimulator.start();

	private static final SimulatorTestClient client = new SimulatorTestClient(simulator);

	@AfterAll
	static void close() {
		simulator.close();
	}

	@Test
	void streamsChunkEventsThenDone() {
		SyntheticSpeech speech = SyntheticSpeech.of(TtsBodies.TRANSCRIPT, 24000, 1.0);
		byte[] expected = new byte[speech.sampleCount() * 2];
		PcmEncoding.PCM_S16LE.encode(speech.samples(), speech.sampleCount(), expected);
		StepVerifier.create(client.post("/tts/sse", TtsBodies.raw(24000).toString())).assertNext((response) -> {
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.header("Content-Type")).isEqualTo("text/event-stream");
			List<SseFrame> frames = SseFrame.parse(response.bodyAsString());
			assertThat(frames).hasSizeGreaterThan(2);
			assertThat(frames).allSatisfy((frame) -> assertThat(frame.event()).isEqualTo(frame.type()));
			assertThat(frames.subList(0, frames.size() - 1)).allSatisfy((frame) -> {
				assertThat(frame.type()).isEqualTo("chunk");
				assertThat(frame.data().get("done").asBoolean()).isFalse();
				assertThat(frame.data().get("status_code").asInt()).isEqualTo(206);
				assertThat(frame.data().get("step_time").isNumber()).isTrue();
				assertThat(frame.data().get("context_id").isNull()).isTrue();
			});
			JsonNode done = frames.get(frames.size() - 1).data();
			assertThat(done.get("type").asString()).isEqualTo("done");
			assertThat(done.get("done").asBoolean()).isTrue();
			assertThat(done.get("status_code").asInt()).isEqualTo(206);
			assertThat(audio(frames)).isEqualTo(expected);
		}).expectComplete().verify(SimulatorTestClient.TIMEOUT);
	}

	@Test
	void wordTimestampsFollowTheChunksThatCoverThemAndMatchTheAudio() {
		ObjectNode request = TtsBodies.request("raw", "pcm_f32le", 16000)
			.put("add_timestamps", true)
			.put("context_id", "ctx-\"1\"");
		SyntheticSpeech speech = SyntheticSpeech.of(TtsBodies.TRANSCRIPT, 16000, 1.0);
		StepVerifier.create(client.post("/tts/sse", request.toString())).assertNext((response) -> {
			List<SseFrame> frames = SseFrame.parse(response.bodyAsString());
			assertThat(frames).allSatisfy(
					(frame) -> assertThat(frame.data().get("context_id").asString()).isEqualTo("ctx-\"1\""));
			List<String> words = new ArrayList<>();
			List<Double> starts = new ArrayList<>();
			List<Double> ends = new ArrayList<>();
			int audioBytes = 0;
			for (SseFrame frame : frames) {
				if (frame.type().equals("chunk")) {
					audioBytes += Base64.getDecoder().decode(frame.data().get("data").asString()).length;
				}
				if (frame.type().equals("timestamps")) {
					JsonNode timestamps = frame.data().get("word_timestamps");
					assertThat(frame.data().get("status_code").asInt()).isEqualTo(206);
					for (int i = 0; i < timestamps.get("words").size(); i++) {
						words.add(timestamps.get("words").get(i).asString());
						starts.add(timestamps.get("start").get(i).asDouble());
						double end = timestamps.get("end").get(i).asDouble();
						assertThat(end * 16000).isLessThanOrEqualTo(audioBytes / 4.0 + 1e-6);
						ends.add(end);
					}
				}
			}
			assertThat(frames.get(frames.size() - 1).type()).isEqualTo("done");
			assertThat(words).containsExactly(TtsBodies.TRANSCRIPT.split(" "));
			assertThat(words).hasSize(speech.words().size());
			for (int i = 0; i < words.size(); i++) {
				assertThat(starts.get(i)).isEqualTo(speech.words().get(i).start());
				assertThat(ends.get(i)).isEqualTo(speech.words().get(i).end());
			}
			assertThat(ends.get(ends.size() - 1)).isEqualTo(audioBytes / 4 / 16000.0);
		}).expectComplete().verify(SimulatorTestClient.TIMEOUT);
	}

	@Test
	void phonemeTimestampsAreTheLettersOfEachWord() {
		ObjectNode request = TtsBodies.raw(24000).put("transcript", "Hi, you").put("add_phoneme_timestamps", true);
		SyntheticSpeech speech = SyntheticSpeech.of("Hi, you", 24000, 1.0);
		StepVerifier.create(client.post("/tts/sse", request.toString())).assertNext((response) -> {
			List<SseFrame> frames = SseFrame.parse(response.bodyAsString());
			assertThat(frames).noneMatch((frame) -> frame.type().equals("timestamps"));
			List<String> phonemes = new ArrayList<>();
			List<Double> ends = new ArrayList<>();
			frames.stream().filter((frame) -> frame.type().equals("phoneme_timestamps")).forEach((frame) -> {
				JsonNode timestamps = frame.data().get("phoneme_timestamps");
				timestamps.get("phonemes").values().forEach((phoneme) -> phonemes.add(phoneme.asString()));
				timestamps.get("end").values().forEach((end) -> ends.add(end.asDouble()));
			});
			assertThat(phonemes).containsExactly("h", "i", "y", "o", "u");
			assertThat(ends.get(1)).isEqualTo(speech.words().get(0).end());
			assertThat(ends.get(4)).isEqualTo(speech.words().get(1).end()).isEqualTo(speech.durationSeconds());
		}).expectComplete().verify(SimulatorTestClient.TIMEOUT);
	}

	private static byte[] audio(List<SseFrame> frames) {
		ByteArrayOutputStream audio = new ByteArrayOutputStream();
		frames.stream()
			.filter((frame) -> frame.type().equals("chunk"))
			.forEach((frame) -> audio.writeBytes(Base64.getDecoder().decode(frame.data().get("data").asString())));
		return audio.toByteArray();
	}

}
