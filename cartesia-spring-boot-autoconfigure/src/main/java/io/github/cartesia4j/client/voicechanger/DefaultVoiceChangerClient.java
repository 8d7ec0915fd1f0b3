package io.github.cartesia4j.client.voicechanger;

import io.github.cartesia4j.client.core.CartesiaHttp;
import io.github.cartesia4j.client.core.RequestOptions;

/**
 * Default {@link VoiceChangerClient}.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
final class DefaultVoiceChangerClient implements VoiceChangerClient {

	static final String RESOURCE = "voice-changer";

	private final CartesiaHttp http;

	DefaultVoiceChangerClient(CartesiaHttp http) {
		this.http = http;
	}

	@Override
	public VoiceChangerClient withOptions(RequestOptions options) {
		return new DefaultVoiceChangerClient(this.http.withOptions(options));
	}

}
