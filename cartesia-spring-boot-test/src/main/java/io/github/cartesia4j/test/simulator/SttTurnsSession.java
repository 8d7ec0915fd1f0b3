package io.github.cartesia4j.test.simulator;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.netty.handler.codec.http.QueryStringDecoder;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One connection of {@code GET /stt/turns/websocket}: greets with {@code connected}, then
 * hears the binary audio as it arrives, in audio time (never wall-clock time):
 * {@code turn.start} once sound has lasted long enough, {@code turn.update} with the turn's
 * whole transcript each time a word is heard, {@code turn.eager_end} and {@code turn.end}
 * after the silences {@link SttTurnsThresholds} derives from the thresholds, and
 * {@code turn.resume} when sound comes back between the two. The end transcript is the whole
 * turn transcribed at once. The JSON command {@code {"type": "config", "turn": {...}}} changes
 * the thresholds; {@code {"type": "close"}} ends an open turn and closes the socket.
 *
 * @author cartesia4j
 */
final class SttTurnsSession extends SttWebSocketConversation implements SttWebSocketHearing.Observer {

	private static final Pattern MODEL = Pattern.compile("ink-2(-\\d{4}-\\d{2}-\\d{2})?|ink-preview");

	private @Nullable SttWebSocketHearing hearing;

	private SttTurnsThresholds thresholds = new SttTurnsThresholds();

	private long startSamples;

	private long eagerEndSamples;

	private long endSamples;

	private boolean inTurn;

	private boolean eager;

	private SttTurnsSession(String requestId, @Nullable SimulatorException invalid) {
		super(requestId, invalid);
	}

	/**
	 * Create the session of a connection.
	 * @param settings the simulator settings, for its vocabulary
	 * @param query the query of the upgrade request
	 * @param requestId the id of the connection
	 * @return the session; one with an invalid query only reports the error
	 */
	static SttTurnsSession create(SimulatorSettings settings, QueryStringDecoder query, String requestId) {
		SttWebSocketQuery parameters = new SttWebSocketQuery(query);
		try {
			parameters.model(MODEL, "ink-2");
			SttPcmDecoding encoding = parameters.encoding();
			int sampleRate = parameters.sampleRate();
			parameters.keyterms();
			SttTurnsSession session = new SttTurnsSession(requestId, null);
			session.thresholds = SttTurnsThresholds.of(parameters);
			session.hearing = new SttWebSocketHearing(new SttToneTranscriber(SttVocabulary.of(settings)), encoding,
					sampleRate);
			session.retune();
			return session;
		}
		catch (SimulatorException ex) {
			return new SttTurnsSession(requestId, ex);
		}
	}

	@Override
	void opened() {
		send(frame("connected"));
	}

	@Override
	void command(String text) {
		JsonNode message = SimulatorJson.readObject(text.getBytes(StandardCharsets.UTF_8));
		JsonNode type = message.get("type");
		String name = (type != null && type.isString()) ? type.asString() : "";
		switch (name) {
			case "close" -> {
				if (this.inTurn) {
					endTurn();
				}
				close(1000, "");
			}
			case "config" -> {
				this.thresholds.configure(message.get("turn"));
				retune();
			}
			default -> throw SimulatorErrors.badRequest("type must be close or config, got '" + name + "'");
		}
	}

	@Override
	void hear(byte[] data) {
		SttWebSocketHearing current = hearing();
		current.hear(data, this);
		if (!this.inTurn) {
			current.skipSilence();
		}
	}

	@Override
	public void sound(long soundSamples) {
		if (soundSamples < this.startSamples) {
			return;
		}
		if (!this.inTurn) {
			startTurn();
		}
		else if (this.eager) {
			this.eager = false;
			send(frame("turn.resume"));
		}
	}

	@Override
	public void word(String word) {
		if (!this.inTurn) {
			startTurn();
		}
		send(turn("turn.update", String.join(" ", hearing().words())));
	}

	@Override
	public void silence(long silentSamples) {
		if (!this.inTurn) {
			return;
		}
		if (!this.eager && silentSamples >= this.eagerEndSamples && this.eagerEndSamples < this.endSamples) {
			this.eager = true;
			send(turn("turn.eager_end", String.join(" ", hearing().words())));
		}
		if (silentSamples >= this.endSamples) {
			endTurn();
		}
	}

	private void startTurn() {
		this.inTurn = true;
		this.eager = false;
		send(frame("turn.start"));
	}

	private void endTurn() {
		List<SttWord> heard = hearing().finish();
		this.inTurn = false;
		this.eager = false;
		send(turn("turn.end", String.join(" ", heard.stream().map(SttWord::word).toList())));
	}

	private Map<String, @Nullable Object> turn(String type, String transcript) {
		Map<String, @Nullable Object> frame = frame(type);
		frame.put("transcript", transcript);
		return frame;
	}

	private void retune() {
		int sampleRate = hearing().sampleRate();
		this.startSamples = this.thresholds.startSamples(sampleRate);
		this.eagerEndSamples = this.thresholds.eagerEndSamples(sampleRate);
		this.endSamples = this.thresholds.endSamples(sampleRate);
	}

	private SttWebSocketHearing hearing() {
		SttWebSocketHearing current = this.hearing;
		if (current == null) {
			throw new IllegalStateException("The session has no audio format");
		}
		return current;
	}

}
