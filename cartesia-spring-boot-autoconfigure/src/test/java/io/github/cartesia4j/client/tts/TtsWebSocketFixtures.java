package io.github.cartesia4j.client.tts;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.cartesia4j.client.core.WebSocketTestServer;
import io.github.cartesia4j.test.simulator.SyntheticSpeech;

/**
 * Shared helpers of the TTS WebSocket tests: scripted frames, expected audio and a recorder
 * of generation samples.
 */
final class TtsWebSocketFixtures {

	static final JsonMapper MAPPER = JsonMapper.builder().build();

	static final String VOICE_ID = "694f9389-aac1-45b6-b726-9d9369183238";

	private TtsWebSocketFixtures() {
	}

	static TtsContextSettings.Builder settings() {
		return TtsContextSettings.builder()
			.voiceId(VOICE_ID)
			.outputFormat(OutputFormat.raw(AudioEncoding.PCM_S16LE, 16000));
	}

	static JsonNode json(String text) {
		return MAPPER.readTree(text);
	}

	static String chunk(String contextId, byte[] audio, @Nullable Integer flushId) {
		return "{\"type\":\"chunk\",\"context_id\":\"" + contextId + "\",\"data\":\""
				+ Base64.getEncoder().encodeToString(audio) + "\",\"done\":false,\"status_code\":206,\"step_time\":1.5"
				+ ((flushId != null) ? ",\"flush_id\":" + flushId : "") + "}";
	}

	static String words(String contextId, String word) {
		return "{\"type\":\"timestamps\",\"context_id\":\"" + contextId + "\",\"done\":false,\"status_code\":206,"
				+ "\"word_timestamps\":{\"words\":[\"" + word + "\"],\"start\":[0.0],\"end\":[0.5]}}";
	}

	static String flushDone(String contextId, int flushId) {
		return "{\"type\":\"flush_done\",\"context_id\":\"" + contextId + "\",\"done\":false,\"flush_done\":true,"
				+ "\"flush_id\":" + flushId + ",\"status_code\":206}";
	}

	static String done(String contextId) {
		return "{\"type\":\"done\",\"context_id\":\"" + contextId + "\",\"done\":true,\"status_code\":206}";
	}

	static String error(@Nullable String contextId, @Nullable String requestId) {
		return "{\"type\":\"error\",\"context_id\":" + ((contextId != null) ? "\"" + contextId + "\"" : "null")
				+ ",\"status_code\":400,\"title\":\"Invalid request\",\"message\":\"voice is required\","
				+ "\"error_code\":\"invalid_request\",\"request_id\":"
				+ ((requestId != null) ? "\"" + requestId + "\"" : "null") + ",\"done\":true}";
	}

	/**
	 * A responder that answers the end of input of a context with one chunk of its id's bytes
	 * and done, and a flush with flush_done.
	 * @return the responder
	 */
	static java.util.function.BiFunction<WebSocketTestServer.Peer, String, List<String>> speaking() {
		List<String> flushes = new CopyOnWriteArrayList<>();
		return (peer, text) -> {
			JsonNode message = json(text);
			String id = message.get("context_id").asString();
			if (message.path("flush").asBoolean(false)) {
				flushes.add(id);
				int flushId = (int) flushes.stream().filter(id::equals).count();
				return List.of(chunk(id, id.getBytes(), flushId), flushDone(id, flushId));
			}
			if (message.has("continue") && !message.get("continue").asBoolean()) {
				return List.of(chunk(id, id.getBytes(), null), done(id));
			}
			return List.of();
		};
	}

	static byte[] audio(List<TtsEvent> events) {
		ByteArrayOutputStream audio = new ByteArrayOutputStream();
		events.stream()
			.filter(TtsEvent.Chunk.class::isInstance)
			.forEach((event) -> audio.writeBytes(((TtsEvent.Chunk) event).audio()));
		return audio.toByteArray();
	}

	/**
	 * The audio the simulator synthesizes for a whole transcript, as 16-bit PCM.
	 * @param transcript the transcript
	 * @param sampleRate the sample rate
	 * @return the audio
	 */
	static byte[] pcm(String transcript, int sampleRate) {
		float[] samples = SyntheticSpeech.of(transcript, sampleRate, 1.0).samples();
		ByteBuffer bytes = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
		for (float sample : samples) {
			bytes.putShort((short) Math.round(Math.max(-1f, Math.min(1f, sample)) * Short.MAX_VALUE));
		}
		return bytes.array();
	}

	/**
	 * Records what the client reports to its {@link TtsRecorder}.
	 */
	static final class RecordingTtsRecorder implements TtsRecorder {

		final List<String> log = new CopyOnWriteArrayList<>();

		@Override
		public Sample start(Generation generation) {
			this.log.add(String.join(" ", "start", generation.model(), generation.container(), generation.transport(),
					Integer.toString(generation.characters())));
			return new Sample() {

				@Override
				public void firstAudio() {
					RecordingTtsRecorder.this.log.add("firstAudio");
				}

				@Override
				public void addCharacters(int count) {
					RecordingTtsRecorder.this.log.add("characters " + count);
				}

				@Override
				public void stop(String outcome) {
					RecordingTtsRecorder.this.log.add("stop " + outcome);
				}

			};
		}

		List<String> log() {
			return new ArrayList<>(this.log);
		}

	}

}
