package io.github.cartesia4j.client.datasets;

import io.github.cartesia4j.client.core.CartesiaHttp;
import io.github.cartesia4j.client.core.RequestOptions;

/**
 * Datasets and their files of the Cartesia API.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public interface DatasetsClient {

	/**
	 * Create a client.
	 * @param http the transport
	 * @return the client
	 */
	static DatasetsClient create(CartesiaHttp http) {
		return new DefaultDatasetsClient(http);
	}

	/**
	 * Return a copy of this client whose calls use the given options.
	 * @param options timeout, headers, API version and retry overrides
	 * @return the copy
	 */
	DatasetsClient withOptions(RequestOptions options);

}
