package io.github.cartesia4j.client.voices;

import io.github.cartesia4j.client.core.CartesiaHttp;
import io.github.cartesia4j.client.core.RequestOptions;

/**
 * Voices: list, clone, localize, update and delete of the Cartesia API.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public interface VoicesClient {

	/**
	 * Create a client.
	 * @param http the transport
	 * @return the client
	 */
	static VoicesClient create(CartesiaHttp http) {
		return new DefaultVoicesClient(http);
	}

	/**
	 * Return a copy of this client whose calls use the given options.
	 * @param options timeout, headers, API version and retry overrides
	 * @return the copy
	 */
	VoicesClient withOptions(RequestOptions options);

}
