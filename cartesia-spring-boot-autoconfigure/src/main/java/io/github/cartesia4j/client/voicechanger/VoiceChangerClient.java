package io.github.cartesia4j.client.voicechanger;

import io.github.cartesia4j.client.core.CartesiaHttp;
import io.github.cartesia4j.client.core.RequestOptions;

/**
 * Voice changer of the Cartesia API.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public interface VoiceChangerClient {

	/**
	 * Create a client.
	 * @param http the transport
	 * @return the client
	 */
	static VoiceChangerClient create(CartesiaHttp http) {
		return new DefaultVoiceChangerClient(http);
	}

	/**
	 * Return a copy of this client whose calls use the given options.
	 * @param options timeout, headers, API version and retry overrides
	 * @return the copy
	 */
	VoiceChangerClient withOptions(RequestOptions options);

}
