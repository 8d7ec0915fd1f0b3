package io.github.cartesia4j.sample;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.github.cartesia4j.client.tts.AudioEncoding;
import io.github.cartesia4j.client.tts.OutputFormat;
import io.github.cartesia4j.client.tts.TtsClient;
import io.github.cartesia4j.client.tts.TtsRequest;

/**
 * Streams speech as WAV: each audio chunk is written to the response as it arrives from
 * Cartesia, so playback can start before synthesis ends.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
@RestController
class SpeechController {

	private static final OutputFormat WAV = OutputFormat.wav(AudioEncoding.PCM_S16LE, 44100);

	private final TtsClient tts;

	SpeechController(TtsClient tts) {
		this.tts = tts;
	}

	@PostMapping(path = "/api/speech", produces = "audio/wav")
	Flux<DataBuffer> speech(@RequestBody SpeechRequest body) {
		return speak(body.text(), body.voiceId());
	}

	/**
	 * The same stream for a plain URL, so that an {@code <audio>} element can play it while it
	 * is generated. Not cached: every request is a new synthesis.
	 */
	@GetMapping(path = "/api/speech/stream", produces = "audio/wav")
	ResponseEntity<Flux<DataBuffer>> stream(@RequestParam(required = false) @Nullable String text,
			@RequestParam(required = false) @Nullable String voiceId) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(speak(text, voiceId));
	}

	private Flux<DataBuffer> speak(@Nullable String text, @Nullable String voiceId) {
		TtsRequest.Builder request = TtsRequest.builder().transcript(text).outputFormat(WAV);
		if (StringUtils.hasText(voiceId)) {
			request.voiceId(voiceId);
		}
		return this.tts.bytesAsDataBuffers(request.build());
	}

}
