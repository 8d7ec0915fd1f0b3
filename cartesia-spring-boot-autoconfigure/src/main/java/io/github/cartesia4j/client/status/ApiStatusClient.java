package io.github.cartesia4j.client.status;

import reactor.core.publisher.Mono;

import io.github.cartesia4j.client.core.CartesiaHttp;
import io.github.cartesia4j.client.core.RequestOptions;

/**
 * The API status ({@code GET /}): a free, cheap call used by the health indicator.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public interface ApiStatusClient {

	/**
	 * Create a client.
	 * @param http the transport
	 * @return the client
	 */
	static ApiStatusClient create(CartesiaHttp http) {
		return new DefaultApiStatusClient(http);
	}

	/**
	 * Read the API status ({@code GET /}).
	 * @return the status
	 * @see <a href="https://docs.cartesia.ai/api-reference/api-status/get">API Status</a>
	 */
	Mono<ApiStatus> get();

	/**
	 * Return a copy of this client whose calls use the given options.
	 * @param options timeout, headers, API version and retry overrides
	 * @return the copy
	 */
	ApiStatusClient withOptions(RequestOptions options);

}
