package io.github.cartesia4j.test.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Batch speech-to-text: {@code POST /stt} reads the uploaded {@code file} (WAV, MP3, or
 * headerless PCM described by the {@code encoding} and {@code sample_rate} query parameters)
 * and hears the tones of {@link SyntheticSpeech} in it, mapping each back to a word of the
 * simulator's {@link SttVocabulary}. The transcript of audio the simulator synthesized is
 * therefore its transcript again (in the vocabulary's spelling). The WebSockets
 * {@code GET /stt/websocket} ({@link SttWebSocketSession}) and {@code GET /stt/turns/websocket}
 * ({@link SttTurnsSession}) hear streamed audio the same way as it arrives.
 *
 * @author cartesia4j
 */
final class SttRoutes implements SimulatorRoutes {

	private static final Pattern MODEL = Pattern.compile("ink-whisper(-\\d{4}-\\d{2}-\\d{2})?");

	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

	private static final String DEFAULT_LANGUAGE = "en";

	private final SimulatorSettings settings;

	SttRoutes(SimulatorSettings settings, SimulatorState state) {
		this.settings = settings;
	}

	@Override
	public void register(SimulatorRouter router) {
		router.post("/stt", this::transcribe);
		new SttWebSocketUpgrade("/stt/websocket", router.auth(),
				(query, requestId) -> SttWebSocketSession.create(this.settings, query, requestId))
			.register(router.routes());
		new SttWebSocketUpgrade("/stt/turns/websocket", router.auth(),
				(query, requestId) -> SttTurnsSession.create(this.settings, query, requestId))
			.register(router.routes());
	}

	private Publisher<Void> transcribe(SimulatorExchange exchange) {
		SttPcmDecoding encoding = encoding(exchange.queryParam("encoding"));
		Integer sampleRate = sampleRate(exchange.queryParam("sample_rate"));
		MultipartForm form = MultipartForm.parse(exchange);
		MultipartForm.Part file = form.file("file");
		if (file == null || file.content().length == 0) {
			throw SimulatorErrors.badRequest("file is required");
		}
		String model = form.text("model");
		if (model == null || model.isBlank()) {
			throw SimulatorErrors.badRequest("model is required");
		}
		if (!MODEL.matcher(model).matches()) {
			throw SimulatorErrors.badRequest("model must be ink-whisper or a dated ink-whisper model such as"
					+ " ink-whisper-2025-06-04");
		}
		String language = language(form.text("language"));
		boolean words = wordTimestamps(form.texts("timestamp_granularities[]"));
		SttToneTranscriber transcriber = new SttToneTranscriber(SttVocabulary.of(this.settings));
		return Mono.fromCallable(() -> {
			SttAudio audio = SttAudioDecoder.decode(file.content(), encoding, sampleRate, "file");
			List<SttWord> heard = transcriber.transcribe(audio);
			return SimulatorJson.write(body(exchange.requestId(), language, audio, heard, words));
		}).subscribeOn(Schedulers.boundedElastic()).flatMap((json) -> exchange.sendJson(200, json));
	}

	private static @Nullable SttPcmDecoding encoding(@Nullable String value) {
		if (value == null) {
			return null;
		}
		SttPcmDecoding encoding = SttPcmDecoding.ofQuery(value);
		if (encoding == null) {
			throw SimulatorErrors.badRequest("encoding must be one of " + SttPcmDecoding.QUERY_VALUES);
		}
		return encoding;
	}

	private static @Nullable Integer sampleRate(@Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			int sampleRate = Integer.parseInt(value);
			if (sampleRate > 0) {
				return sampleRate;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		throw SimulatorErrors.badRequest("sample_rate must be a positive integer");
	}

	private static String language(@Nullable String value) {
		if (value == null) {
			return DEFAULT_LANGUAGE;
		}
		if (!LANGUAGE.matcher(value).matches()) {
			throw SimulatorErrors.badRequest("language must be an ISO-639-1 code such as en");
		}
		return value;
	}

	private static boolean wordTimestamps(List<String> granularities) {
		for (String granularity : granularities) {
			if (!granularity.equals("word")) {
				throw SimulatorErrors.badRequest("timestamp_granularities[] must be word");
			}
		}
		return !granularities.isEmpty();
	}

	private static Map<String, Object> body(String requestId, String language, SttAudio audio, List<SttWord> heard,
			boolean words) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "transcript");
		body.put("request_id", requestId);
		body.put("text", String.join(" ", heard.stream().map(SttWord::word).toList()));
		body.put("language", language);
		body.put("duration", milliseconds(audio.durationSeconds()));
		if (words) {
			body.put("words", heard.stream().map((word) -> {
				Map<String, Object> timing = new LinkedHashMap<>();
				timing.put("word", word.word());
				timing.put("start", milliseconds(word.start()));
				timing.put("end", milliseconds(word.end()));
				return timing;
			}).toList());
		}
		return body;
	}

	private static double milliseconds(double seconds) {
		return Math.round(seconds * 1000) / 1000.0;
	}

}
