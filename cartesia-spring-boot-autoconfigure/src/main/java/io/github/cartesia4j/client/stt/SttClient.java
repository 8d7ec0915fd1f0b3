package io.github.cartesia4j.client.stt;

import io.github.cartesia4j.client.core.CartesiaHttp;
import io.github.cartesia4j.client.core.RequestOptions;

/**
 * Speech-to-text of the Cartesia API.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public interface SttClient {

	/**
	 * Create a client.
	 * @param http the transport
	 * @return the client
	 */
	static SttClient create(CartesiaHttp http) {
		return new DefaultSttClient(http);
	}

	/**
	 * Return a copy of this client whose calls use the given options.
	 * @param options timeout, headers, API version and retry overrides
	 * @return the copy
	 */
	SttClient withOptions(RequestOptions options);

}
