package io.github.cartesia4j.client.agents;

import io.github.cartesia4j.client.core.CartesiaHttp;
import io.github.cartesia4j.client.core.RequestOptions;

/**
 * Voice agents: agents, calls, metrics and deployments of the Cartesia API.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public interface AgentsClient {

	/**
	 * Create a client.
	 * @param http the transport
	 * @return the client
	 */
	static AgentsClient create(CartesiaHttp http) {
		return new DefaultAgentsClient(http);
	}

	/**
	 * Return a copy of this client whose calls use the given options.
	 * @param options timeout, headers, API version and retry overrides
	 * @return the copy
	 */
	AgentsClient withOptions(RequestOptions options);

}
