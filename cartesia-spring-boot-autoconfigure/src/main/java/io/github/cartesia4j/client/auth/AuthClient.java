package io.github.cartesia4j.client.auth;

import io.github.cartesia4j.client.core.CartesiaHttp;
import io.github.cartesia4j.client.core.RequestOptions;

/**
 * Access tokens of the Cartesia API.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public interface AuthClient {

	/**
	 * Create a client.
	 * @param http the transport
	 * @return the client
	 */
	static AuthClient create(CartesiaHttp http) {
		return new DefaultAuthClient(http);
	}

	/**
	 * Return a copy of this client whose calls use the given options.
	 * @param options timeout, headers, API version and retry overrides
	 * @return the copy
	 */
	AuthClient withOptions(RequestOptions options);

}
