package io.github.cartesia4j.test.simulator;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.netty.http.server.HttpServerResponse;

/**
 * Voice changer: {@code POST /voice-changer/bytes} and {@code POST /voice-changer/sse} read the
 * multipart form like the API ({@code clip}, {@code voice[id]}, {@code output_format[...]}),
 * hear the tones of the clip (WAV, or MP3 timed as silence) and answer with the same tones at
 * the same places, in the requested format and exactly as long as the clip: bytes, or SSE
 * frames without a {@code type} as the API sends them.
 *
 * @author cartesia4j
 */
final class VoiceChangerRoutes implements SimulatorRoutes {

	private final SimulatorSettings settings;

	VoiceChangerRoutes(SimulatorSettings settings, SimulatorState state) {
		this.settings = settings;
	}

	@Override
	public void register(SimulatorRouter router) {
		router.post("/voice-changer/bytes", this::bytes).post("/voice-changer/sse", this::sse);
	}

	private Publisher<Void> bytes(SimulatorExchange exchange) {
		Request request = parse(exchange);
		return speech(request).flatMap((speech) -> {
			HttpServerResponse response = exchange.response()
				.header(HttpHeaderNames.CONTENT_TYPE, request.format().container().contentType());
			return response.send(VoiceChangerStream.bytes(speech, request.format(), this.settings, response.alloc()))
				.then();
		});
	}

	private Publisher<Void> sse(SimulatorExchange exchange) {
		Request request = parse(exchange);
		return speech(request).flatMap((speech) -> {
			HttpServerResponse response = exchange.response()
				.header(HttpHeaderNames.CONTENT_TYPE, "text/event-stream")
				.header(HttpHeaderNames.CACHE_CONTROL, HttpHeaderValues.NO_CACHE);
			return response.send(VoiceChangerStream.sse(speech, request.format(), this.settings, response.alloc()))
				.then();
		});
	}

	private static Request parse(SimulatorExchange exchange) {
		MultipartForm form = MultipartForm.parse(exchange);
		MultipartForm.Part clip = form.file("clip");
		if (clip == null || clip.content().length == 0) {
			throw SimulatorErrors.badRequest("clip is required");
		}
		String voiceId = form.text("voice[id]");
		if (voiceId == null || voiceId.isBlank()) {
			throw SimulatorErrors.badRequest("voice[id] is required");
		}
		return new Request(clip.content(), InfillOutputFormat.parse(form));
	}

	private static Mono<VoiceChangerSpeech> speech(Request request) {
		return Mono.fromCallable(() -> {
			SttAudio audio = SttAudioDecoder.decode(request.clip(), null, null, "clip");
			VoiceChangerSpeech speech = new VoiceChangerSpeech(
					SttToneDetector.detect(audio.samples(), audio.sampleRate()), audio.sampleRate(),
					audio.durationSeconds(), request.format().sampleRate());
			if (speech.sampleCount() == 0) {
				throw SimulatorErrors.badRequest("clip contains no audio");
			}
			return speech;
		}).subscribeOn(Schedulers.boundedElastic());
	}

	private record Request(byte[] clip, AudioFormat format) {

	}

}
