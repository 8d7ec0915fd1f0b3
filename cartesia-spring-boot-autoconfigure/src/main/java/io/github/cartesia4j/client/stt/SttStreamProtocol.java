package io.github.cartesia4j.client.stt;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import io.github.cartesia4j.client.core.ApiVersion;
import io.github.cartesia4j.client.core.WebSocketConnection;

/**
 * The protocol of {@code GET /stt/websocket}: audio as binary frames, {@code finalize} and
 * {@code close} as plain text commands ({@code done} instead of {@code close} before API
 * version {@value #CLOSE_SINCE}, as the SDKs of those versions sent), and {@code transcript},
 * {@code flush_done} and {@code done} events, {@code done} being the last.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
final class SttStreamProtocol implements SttWebSocketProtocol<SttInput, SttEvent> {

	/**
	 * First API version whose SDKs end the input with {@code close}.
	 */
	static final String CLOSE_SINCE = "2025-11-04";

	private final String closeCommand;

	SttStreamProtocol(String apiVersion) {
		this.closeCommand = ApiVersion.isBefore(apiVersion, CLOSE_SINCE) ? "done" : "close";
	}

	@Override
	public String operation() {
		return "stt.websocket";
	}

	@Override
	public String path() {
		return "/stt/websocket";
	}

	@Override
	public Mono<Void> send(WebSocketConnection connection, SttInput input) {
		if (input instanceof SttInput.Audio audio) {
			return (audio.data().length > 0) ? connection.send(audio.data()) : Mono.empty();
		}
		return connection.send("finalize");
	}

	@Override
	public String closeCommand() {
		return this.closeCommand;
	}

	@Override
	public @Nullable SttEvent event(String type, JsonNode frame) {
		String requestId = text(frame, "request_id");
		return switch (type) {
			case "transcript" -> new SttEvent.Transcript(text(frame, "text"),
					frame.hasNonNull("is_final") && frame.get("is_final").asBoolean(),
					frame.hasNonNull("duration") ? frame.get("duration").asDouble() : null, text(frame, "language"),
					words(frame.get("words")), requestId);
			case "flush_done" -> new SttEvent.FlushDone(requestId);
			case "done" -> new SttEvent.Done(requestId);
			default -> null;
		};
	}

	@Override
	public boolean isLast(String type) {
		return "done".equals(type);
	}

	@Override
	public boolean endsWithNormalClose() {
		return false;
	}

	/**
	 * Read word timings given either as objects ({@code [{"word", "start", "end"}]}) or as
	 * parallel arrays ({@code [{"words": [], "start": [], "end": []}]}).
	 * @param words the {@code words} field
	 * @return the words, possibly none
	 */
	static List<TranscriptionWord> words(@Nullable JsonNode words) {
		if (words == null || !words.isArray()) {
			return List.of();
		}
		List<TranscriptionWord> all = new ArrayList<>();
		for (JsonNode item : words) {
			if (item.hasNonNull("word")) {
				all.add(new TranscriptionWord(item.get("word").asString(), number(item.get("start")),
						number(item.get("end"))));
			}
			else if (item.has("words") && item.get("words").isArray()) {
				JsonNode names = item.get("words");
				for (int i = 0; i < names.size(); i++) {
					all.add(new TranscriptionWord(names.get(i).asString(), number(item.path("start").get(i)),
							number(item.path("end").get(i))));
				}
			}
		}
		return all;
	}

	private static double number(@Nullable JsonNode value) {
		return (value != null && value.isNumber()) ? value.asDouble() : 0;
	}

	static @Nullable String text(JsonNode frame, String field) {
		JsonNode value = frame.get(field);
		return (value == null || value.isNull()) ? null : value.asString();
	}

}
