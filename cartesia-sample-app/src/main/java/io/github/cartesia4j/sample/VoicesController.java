package io.github.cartesia4j.sample;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.github.cartesia4j.client.voices.VoiceListRequest;
import io.github.cartesia4j.client.voices.VoicesClient;

/**
 * Lists the voices the sample page offers: at most {@value #MAX_VOICES}, so that a large
 * library does not turn one page load into many API calls.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
@RestController
class VoicesController {

	static final int MAX_VOICES = 100;

	private static final VoiceListRequest FIRST_HUNDRED = VoiceListRequest.builder().limit(MAX_VOICES).build();

	private final VoicesClient voices;

	private final @Nullable String configuredVoiceId;

	VoicesController(VoicesClient voices,
			@Value("${cartesia.tts.voice-id:#{null}}") @Nullable String configuredVoiceId) {
		this.voices = voices;
		this.configuredVoiceId = configuredVoiceId;
	}

	@GetMapping("/api/voices")
	Flux<VoiceOption> voices() {
		return this.voices.listAll(FIRST_HUNDRED)
			.take(MAX_VOICES)
			.map((voice) -> VoiceOption.of(voice, this.configuredVoiceId));
	}

}
