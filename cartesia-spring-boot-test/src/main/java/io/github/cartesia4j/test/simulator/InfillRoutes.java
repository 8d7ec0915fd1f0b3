package io.github.cartesia4j.test.simulator;

import io.netty.handler.codec.http.HttpHeaderNames;
import org.reactivestreams.Publisher;
import reactor.netty.http.server.HttpServerResponse;

/**
 * Infill: {@code POST /infill/bytes} reads the multipart form like the API (at least one of
 * {@code left_audio} and {@code right_audio}, which must be readable audio, plus
 * {@code model_id}, {@code transcript}, {@code voice_id} and {@code output_format[...]}) and
 * streams the {@link SyntheticSpeech} of the transcript in the requested format. The
 * transcript's words join the simulator's {@link SttVocabulary}, so speech-to-text hears them.
 *
 * @author cartesia4j
 */
final class InfillRoutes implements SimulatorRoutes {

	private final SimulatorSettings settings;

	InfillRoutes(SimulatorSettings settings, SimulatorState state) {
		this.settings = settings;
	}

	@Override
	public void register(SimulatorRouter router) {
		router.post("/infill/bytes", this::bytes);
	}

	private Publisher<Void> bytes(SimulatorExchange exchange) {
		MultipartForm form = MultipartForm.parse(exchange);
		boolean left = readClip(form, "left_audio");
		boolean right = readClip(form, "right_audio");
		if (!left && !right) {
			throw SimulatorErrors.badRequest("left_audio or right_audio is required: infill needs at least one clip");
		}
		String modelId = required(form, "model_id");
		String transcript = required(form, "transcript");
		required(form, "voice_id");
		String language = form.text("language");
		if (language != null && language.isBlank()) {
			throw SimulatorErrors.badRequest("language must not be empty");
		}
		AudioFormat format = InfillOutputFormat.parse(form);
		TtsRequestSpec request = new TtsRequestSpec(modelId, transcript, format, 1.0, 1.0, false, false, false, null);
		SttVocabulary.of(this.settings).record(transcript);
		HttpServerResponse response = exchange.response()
			.header(HttpHeaderNames.CONTENT_TYPE, format.container().contentType());
		return response.send(TtsBytesStream.create(request, this.settings, response.alloc()));
	}

	private static boolean readClip(MultipartForm form, String field) {
		MultipartForm.Part clip = form.file(field);
		if (clip == null) {
			if (form.has(field)) {
				throw SimulatorErrors.badRequest(field + " must be a file");
			}
			return false;
		}
		if (clip.content().length == 0) {
			throw SimulatorErrors.badRequest(field + " must not be empty");
		}
		SttAudioDecoder.decode(clip.content(), null, null, field);
		return true;
	}

	private static String required(MultipartForm form, String field) {
		String value = form.text(field);
		if (value == null || value.isBlank()) {
			throw SimulatorErrors.badRequest(field + " is required");
		}
		return value;
	}

}
