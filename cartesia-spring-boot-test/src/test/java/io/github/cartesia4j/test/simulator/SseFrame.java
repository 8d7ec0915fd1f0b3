package io.github.cartesia4j.test.simulator;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One server-sent event, parsed from a whole {@code text/event-stream} body.
 *
 * @param event the event name
 * @param data the JSON data
 */
record SseFrame(String event, JsonNode data) {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	static List<SseFrame> parse(String body) {
		List<SseFrame> frames = new ArrayList<>();
		for (String block : body.split("\n\n")) {
			if (block.isBlank()) {
				continue;
			}
			String event = null;
			String data = null;
			for (String line : block.split("\n")) {
				if (line.startsWith("event: ")) {
					event = line.substring("event: ".length());
				}
				else if (line.startsWith("data: ")) {
					data = line.substring("data: ".length());
				}
			}
			frames.add(new SseFrame(event, MAPPER.readTree(data)));
		}
		return frames;
	}

	String type() {
		return this.data.get("type").asString();
	}

}
