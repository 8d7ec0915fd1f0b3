package io.github.cartesia4j.client.agents;

import io.github.cartesia4j.client.core.CartesiaHttp;
import io.github.cartesia4j.client.core.RequestOptions;

/**
 * Default {@link AgentsClient}.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
final class DefaultAgentsClient implements AgentsClient {

	static final String RESOURCE = "agents";

	private final CartesiaHttp http;

	DefaultAgentsClient(CartesiaHttp http) {
		this.http = http;
	}

	@Override
	public AgentsClient withOptions(RequestOptions options) {
		return new DefaultAgentsClient(this.http.withOptions(options));
	}

}
