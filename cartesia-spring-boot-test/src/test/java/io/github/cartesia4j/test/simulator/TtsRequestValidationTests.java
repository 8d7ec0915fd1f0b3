package io.github.cartesia4j.test.simulator;

import java.util.function.Consumer;
import java.util.stream.Stream;

import io.netty.handler.codec.http.HttpMethod;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.test.StepVerifier;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class TtsRequestValidationTests {

	private static final CartesiaSimulator simulator = CartesiaSimulator.start();

	private static final SimulatorTestClient client = new SimulatorTestClient(simulator);

	@AfterAll
	static void close() {
		simulator.close();
	}

	static Stream<Arguments> invalidRequests() {
		return Stream.of(
				invalid("missing model_id", (request) -> request.remove("model_id"), "model_id is required"),
				invalid("blank model_id", (request) -> request.put("model_id", " "), "model_id must not be empty"),
				invalid("missing transcript", (request) -> request.remove("transcript"), "transcript is required"),
				invalid("blank transcript", (request) -> request.put("transcript", "  \n"),
						"transcript must not be empty"),
				invalid("numeric transcript", (request) -> request.put("transcript", 3), "transcript must be a string"),
				invalid("missing voice", (request) -> request.remove("voice"), "voice is required"),
				invalid("voice without id", (request) -> request.putObject("voice").put("mode", "id"),
						"voice.id is required"),
				invalid("unknown voice mode", (request) -> request.putObject("voice").put("mode", "clone"),
						"voice.mode must be one of id, embedding"),
				invalid("empty embedding",
						(request) -> request.putObject("voice").put("mode", "embedding").putArray("embedding"),
						"voice.embedding is required"),
				invalid("missing output_format", (request) -> request.remove("output_format"),
						"output_format is required"),
				invalid("unknown container", (request) -> format(request).put("container", "ogg"),
						"output_format.container must be one of raw, wav, mp3"),
				invalid("missing container", (request) -> format(request).remove("container"),
						"output_format.container is required"),
				invalid("raw without encoding", (request) -> format(request).remove("encoding"),
						"output_format.encoding is required for container raw"),
				invalid("wav without encoding", (request) -> format(request).put("container", "wav").remove("encoding"),
						"output_format.encoding is required for container wav"),
				invalid("unknown encoding", (request) -> format(request).put("encoding", "pcm_s24le"),
						"output_format.encoding must be one of"),
				invalid("missing sample rate", (request) -> format(request).remove("sample_rate"),
						"output_format.sample_rate is required"),
				invalid("unsupported sample rate", (request) -> format(request).put("sample_rate", 11025),
						"output_format.sample_rate must be one of"),
				invalid("mp3 without bit_rate", (request) -> format(request).put("container", "mp3"),
						"output_format.bit_rate is required for container mp3"),
				invalid("unsupported bit rate",
						(request) -> format(request).put("container", "mp3").put("bit_rate", 320000),
						"output_format.bit_rate must be one of"),
				invalid("speed too high", (request) -> request.putObject("generation_config").put("speed", 2.0),
						"generation_config.speed must be a number between 0.6 and 1.5"),
				invalid("volume too low", (request) -> request.putObject("generation_config").put("volume", 0.1),
						"generation_config.volume must be a number between 0.5 and 2.0"),
				invalid("non-boolean save", (request) -> request.put("save", "yes"), "save must be a boolean"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidRequests")
	void invalidBytesRequestIsBadRequest(String name, Consumer<ObjectNode> mutation, String message) {
		ObjectNode request = TtsBodies.raw(24000);
		mutation.accept(request);
		assertBadRequest("/tts/bytes", request.toString(), message);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidRequests")
	void invalidSseRequestIsBadRequest(String name, Consumer<ObjectNode> mutation, String message) {
		ObjectNode request = TtsBodies.raw(24000);
		mutation.accept(request);
		String expected = (request.path("output_format").path("container").asString("").equals("raw")) ? message
				: "output_format";
		assertBadRequest("/tts/sse", request.toString(), expected);
	}

	@Test
	void sseRejectsNonRawContainers() {
		assertBadRequest("/tts/sse", TtsBodies.request("wav", "pcm_s16le", 24000).toString(),
				"output_format.container must be raw");
		assertBadRequest("/tts/sse", TtsBodies.mp3(44100, 128000).toString(), "output_format.container must be raw");
	}

	@Test
	void bodyMustBeJsonObject() {
		assertBadRequest("/tts/bytes", "{not json", "request body is not valid JSON");
		assertBadRequest("/tts/bytes", "[1, 2]", "request body must be a JSON object");
		assertBadRequest("/tts/bytes", "", "request body is required");
	}

	@Test
	void embeddingsAreRejectedFromVersion20260814() {
		ObjectNode request = TtsBodies.raw(24000);
		request.putObject("voice").put("mode", "embedding").putArray("embedding").add(0.1).add(0.2);
		StepVerifier
			.create(client.exchange(HttpMethod.POST, "/tts/bytes", request.toString(),
					(headers) -> headers.set("X-API-Key", "k").set("Cartesia-Version", "2026-08-14")))
			.assertNext((response) -> assertThat(response.json().get("message").asString())
				.startsWith("voice.embedding is not supported"))
			.expectComplete()
			.verify(SimulatorTestClient.TIMEOUT);
		assertAccepted(request);
	}

	@Test
	void acceptsEveryVoiceShapeAndIgnoresUnknownFields() {
		ObjectNode plain = TtsBodies.raw(24000).put("voice", "voice-id").put("surprise", true);
		ObjectNode idOnly = TtsBodies.raw(24000);
		idOnly.putObject("voice").put("id", "voice-id");
		ObjectNode everything = TtsBodies.raw(24000)
			.put("language", "en")
			.put("speed", "fast")
			.put("save", false)
			.put("duration", 12.5)
			.put("pronunciation_dict_id", "dict");
		everything.putObject("generation_config").put("volume", 1.5).put("speed", 0.6).put("emotion", "calm");
		assertAccepted(plain);
		assertAccepted(idOnly);
		assertAccepted(everything);
	}

	private static void assertAccepted(ObjectNode request) {
		StepVerifier.create(client.post("/tts/bytes", request.toString()))
			.assertNext((response) -> assertThat(response.status()).isEqualTo(200))
			.expectComplete()
			.verify(SimulatorTestClient.TIMEOUT);
	}

	private static void assertBadRequest(String path, String body, String message) {
		StepVerifier.create(client.post(path, body)).assertNext((response) -> {
			SimulatorErrorsTests.assertError(response, 400, "invalid_request", "Invalid request");
			assertThat(response.json().get("message").asString()).contains(message);
		}).expectComplete().verify(SimulatorTestClient.TIMEOUT);
	}

	private static ObjectNode format(ObjectNode request) {
		return (ObjectNode) request.get("output_format");
	}

	private static Arguments invalid(String name, Consumer<ObjectNode> mutation, String message) {
		return Arguments.of(name, mutation, message);
	}

}
