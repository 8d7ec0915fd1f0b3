package io.github.cartesia4j.test.simulator;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * TTS request bodies for tests.
 */
final class TtsBodies {

	static final String TRANSCRIPT = "Hello simulated world, this is Cartesia";

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private TtsBodies() {
	}

	static ObjectNode request(String container, String encoding, int sampleRate) {
		ObjectNode request = base();
		ObjectNode format = request.putObject("output_format")
			.put("container", container)
			.put("sample_rate", sampleRate);
		if (encoding != null) {
			format.put("encoding", encoding);
		}
		return request;
	}

	static ObjectNode mp3(int sampleRate, int bitRate) {
		ObjectNode request = base();
		request.putObject("output_format")
			.put("container", "mp3")
			.put("sample_rate", sampleRate)
			.put("bit_rate", bitRate);
		return request;
	}

	static ObjectNode raw(int sampleRate) {
		return request("raw", "pcm_s16le", sampleRate);
	}

	private static ObjectNode base() {
		ObjectNode request = MAPPER.createObjectNode().put("model_id", "sonic-3").put("transcript", TRANSCRIPT);
		request.putObject("voice").put("mode", "id").put("id", "694f9389-aac1-45b6-b726-9d9369183238");
		return request;
	}

}
