package io.github.cartesia4j.sample;

import java.time.Duration;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.github.cartesia4j.client.auth.AuthClient;
import io.github.cartesia4j.client.auth.Grant;
import io.github.cartesia4j.client.auth.TokenRequest;

/**
 * Mints short-lived, text-to-speech-only access tokens for browsers, so a page can talk to
 * Cartesia directly (for example over the TTS WebSocket with {@code ?access_token=}) without
 * ever seeing the API key. Put your own authentication in front of it.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
@RestController
class TokenController {

	static final Duration LIFETIME = Duration.ofMinutes(5);

	private final AuthClient auth;

	TokenController(AuthClient auth) {
		this.auth = auth;
	}

	@PostMapping("/api/token")
	Mono<Map<String, Object>> token() {
		return this.auth.accessToken(TokenRequest.of(LIFETIME, Grant.TTS))
			.map((response) -> Map.of("token", response.token(), "expiresIn", LIFETIME.toSeconds()));
	}

}
