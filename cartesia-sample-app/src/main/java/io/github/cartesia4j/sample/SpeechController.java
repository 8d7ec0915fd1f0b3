package io.github.cartesia4j.sample;

import java.util.Map;

import reactor.core.publisher.Flux;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.github.cartesia4j.client.core.CartesiaException;
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
		TtsRequest.Builder request = TtsRequest.builder().transcript(body.text()).outputFormat(WAV);
		if (StringUtils.hasText(body.voiceId())) {
			request.voiceId(body.voiceId());
		}
		return this.tts.bytes(request.build()).map(DefaultDataBufferFactory.sharedInstance::wrap);
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<Map<String, String>> badRequest(IllegalArgumentException ex) {
		return ResponseEntity.badRequest().body(Map.of("error", ex.getMessage()));
	}

	@ExceptionHandler(CartesiaException.class)
	ResponseEntity<Map<String, String>> upstreamError(CartesiaException ex) {
		return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(Map.of("error", ex.getMessage()));
	}

}
