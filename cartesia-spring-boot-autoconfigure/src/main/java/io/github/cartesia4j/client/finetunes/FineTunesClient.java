package io.github.cartesia4j.client.finetunes;

import io.github.cartesia4j.client.core.CartesiaHttp;
import io.github.cartesia4j.client.core.RequestOptions;

/**
 * Fine-tunes of the Cartesia API.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public interface FineTunesClient {

	/**
	 * Create a client.
	 * @param http the transport
	 * @return the client
	 */
	static FineTunesClient create(CartesiaHttp http) {
		return new DefaultFineTunesClient(http);
	}

	/**
	 * Return a copy of this client whose calls use the given options.
	 * @param options timeout, headers, API version and retry overrides
	 * @return the copy
	 */
	FineTunesClient withOptions(RequestOptions options);

}
