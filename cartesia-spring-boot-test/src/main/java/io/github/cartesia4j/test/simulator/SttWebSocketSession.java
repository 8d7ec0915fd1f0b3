package io.github.cartesia4j.test.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.netty.handler.codec.http.QueryStringDecoder;
import org.jspecify.annotations.Nullable;

/**
 * One connection of {@code GET /stt/websocket}: hears the binary audio as it arrives and
 * sends a partial {@code transcript} ({@code is_final: false}) each time a word is heard,
 * holding everything heard since the last final one. The text command {@code finalize} sends
 * the final transcript of that audio (with its words and their timings) then
 * {@code flush_done}; {@code close} (or {@code done}, which older SDKs sent) does the same
 * with {@code done} instead and closes the socket. With {@code max_silence_duration_secs},
 * that much silence after speech finalizes on its own. Final texts join into the whole
 * transcript: each but the first starts with a space.
 *
 * @author cartesia4j
 */
final class SttWebSocketSession extends SttWebSocketConversation implements SttWebSocketHearing.Observer {

	private static final Pattern MODEL = Pattern
		.compile("ink-2(-\\d{4}-\\d{2}-\\d{2})?|ink-preview|ink-whisper(-\\d{4}-\\d{2}-\\d{2})?");

	private @Nullable SttWebSocketHearing hearing;

	private String language = "en";

	private long maxSilenceSamples = Long.MAX_VALUE;

	private boolean spoken;

	private SttWebSocketSession(String requestId, @Nullable SimulatorException invalid) {
		super(requestId, invalid);
	}

	/**
	 * Create the session of a connection.
	 * @param settings the simulator settings, for its vocabulary
	 * @param query the query of the upgrade request
	 * @param requestId the id of the connection
	 * @return the session; one with an invalid query only reports the error
	 */
	static SttWebSocketSession create(SimulatorSettings settings, QueryStringDecoder query, String requestId) {
		SttWebSocketQuery parameters = new SttWebSocketQuery(query);
		try {
			parameters.model(MODEL, "ink-2, ink-whisper or a dated version of them");
			SttPcmDecoding encoding = parameters.encoding();
			int sampleRate = parameters.sampleRate();
			String language = parameters.language();
			parameters.number("min_volume", 0, 1);
			Double maxSilence = parameters.number("max_silence_duration_secs", 0.01, 60);
			parameters.keyterms();
			SttWebSocketSession session = new SttWebSocketSession(requestId, null);
			session.hearing = new SttWebSocketHearing(new SttToneTranscriber(SttVocabulary.of(settings)), encoding,
					sampleRate);
			session.language = language;
			if (maxSilence != null) {
				session.maxSilenceSamples = Math.round(maxSilence * sampleRate);
			}
			return session;
		}
		catch (SimulatorException ex) {
			return new SttWebSocketSession(requestId, ex);
		}
	}

	@Override
	void command(String text) {
		switch (text.strip()) {
			case "finalize" -> {
				finalTranscript();
				send(frame("flush_done"));
			}
			case "close", "done" -> {
				finalTranscript();
				send(frame("done"));
				close(1000, "");
			}
			default -> throw SimulatorErrors
				.badRequest("unknown command '" + text + "': send audio as binary messages, finalize or close");
		}
	}

	@Override
	void hear(byte[] data) {
		hearing().hear(data, this);
	}

	@Override
	public void word(String word) {
		send(transcript(String.join(" ", hearing().words()), false));
	}

	@Override
	public void silence(long silentSamples) {
		if (silentSamples >= this.maxSilenceSamples && hearing().hasWords()) {
			finalTranscript();
		}
	}

	private void finalTranscript() {
		double seconds = hearing().segmentSeconds();
		List<SttWord> heard = hearing().finish();
		if (heard.isEmpty()) {
			return;
		}
		Map<String, @Nullable Object> frame = transcript(String.join(" ", heard.stream().map(SttWord::word).toList()),
				true);
		frame.put("duration", milliseconds(seconds));
		frame.put("words", heard.stream().map((word) -> {
			Map<String, Object> timing = new LinkedHashMap<>();
			timing.put("word", word.word());
			timing.put("start", milliseconds(word.start()));
			timing.put("end", milliseconds(word.end()));
			return timing;
		}).toList());
		send(frame);
		this.spoken = true;
	}

	private Map<String, @Nullable Object> transcript(String text, boolean isFinal) {
		Map<String, @Nullable Object> frame = frame("transcript");
		frame.put("text", (this.spoken && !text.isEmpty()) ? " " + text : text);
		frame.put("is_final", isFinal);
		frame.put("duration", milliseconds(hearing().segmentSeconds()));
		frame.put("language", this.language);
		return frame;
	}

	private SttWebSocketHearing hearing() {
		SttWebSocketHearing current = this.hearing;
		if (current == null) {
			throw new IllegalStateException("The session has no audio format");
		}
		return current;
	}

	private static double milliseconds(double seconds) {
		return Math.round(seconds * 1000) / 1000.0;
	}

}
