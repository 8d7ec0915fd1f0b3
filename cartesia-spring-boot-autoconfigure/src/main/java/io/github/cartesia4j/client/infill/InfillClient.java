package io.github.cartesia4j.client.infill;

import io.github.cartesia4j.client.core.CartesiaHttp;
import io.github.cartesia4j.client.core.RequestOptions;

/**
 * Infill: speech between two audio clips of the Cartesia API.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public interface InfillClient {

	/**
	 * Create a client.
	 * @param http the transport
	 * @return the client
	 */
	static InfillClient create(CartesiaHttp http) {
		return new DefaultInfillClient(http);
	}

	/**
	 * Return a copy of this client whose calls use the given options.
	 * @param options timeout, headers, API version and retry overrides
	 * @return the copy
	 */
	InfillClient withOptions(RequestOptions options);

}
