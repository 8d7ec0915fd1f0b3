package io.github.cartesia4j.test.simulator;

import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;

import io.netty.handler.codec.http.HttpHeaders;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.WebsocketClientSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A raw WebSocket client of the simulated {@code /tts/websocket}: sends JSON messages when
 * told to and exposes the received frames as JSON.
 */
final class TtsWebSocketTestClient {

	static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final Sinks.Many<String> outgoing = Sinks.many().unicast().onBackpressureBuffer();

	/**
	 * Connect with the test key and version headers.
	 * @param simulator the simulator
	 * @return the received frames
	 */
	Flux<JsonNode> connect(CartesiaSimulator simulator) {
		return connect(simulator, "", SimulatorTestClient::authenticated);
	}

	/**
	 * Connect.
	 * @param simulator the simulator
	 * @param query the query string, with its {@code ?}, or empty
	 * @param headers sets the upgrade headers
	 * @return the received frames
	 */
	Flux<JsonNode> connect(CartesiaSimulator simulator, String query, Consumer<HttpHeaders> headers) {
		return HttpClient.create()
			.headers(headers)
			.websocket(WebsocketClientSpec.builder().maxFramePayloadLength(16 * 1024 * 1024).build())
			.uri("ws://127.0.0.1:" + simulator.port() + "/tts/websocket" + query)
			.handle((inbound, outbound) -> {
				outbound.sendString(this.outgoing.asFlux()).then().subscribe();
				return inbound.aggregateFrames().receive().asString().map(MAPPER::readTree);
			});
	}

	synchronized void send(String message) {
		this.outgoing.tryEmitNext(message);
	}

	void send(JsonNode message) {
		send(message.toString());
	}

	static ObjectNode message(String contextId, String transcript, boolean continues) {
		ObjectNode message = MAPPER.createObjectNode()
			.put("model_id", "sonic-3")
			.put("transcript", transcript)
			.put("context_id", contextId)
			.put("continue", continues);
		message.putObject("voice").put("mode", "id").put("id", "694f9389-aac1-45b6-b726-9d9369183238");
		message.putObject("output_format")
			.put("container", "raw")
			.put("encoding", "pcm_s16le")
			.put("sample_rate", 16000);
		return message;
	}

	static ObjectNode cancel(String contextId) {
		return MAPPER.createObjectNode().put("context_id", contextId).put("cancel", true);
	}

	static byte[] audio(List<JsonNode> frames, String contextId) {
		ByteArrayOutputStream audio = new ByteArrayOutputStream();
		frames.stream()
			.filter((frame) -> frame.get("type").asString().equals("chunk"))
			.filter((frame) -> frame.get("context_id").asString().equals(contextId))
			.forEach((frame) -> audio.writeBytes(Base64.getDecoder().decode(frame.get("data").asString())));
		return audio.toByteArray();
	}

	static byte[] pcm16(String transcript, int sampleRate) {
		SyntheticSpeech speech = SyntheticSpeech.of(transcript, sampleRate, 1.0);
		byte[] expected = new byte[speech.sampleCount() * 2];
		PcmEncoding.PCM_S16LE.encode(speech.samples(), speech.sampleCount(), expected);
		return expected;
	}

}
