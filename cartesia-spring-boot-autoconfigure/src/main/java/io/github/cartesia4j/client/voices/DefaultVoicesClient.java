package io.github.cartesia4j.client.voices;

import io.github.cartesia4j.client.core.CartesiaHttp;
import io.github.cartesia4j.client.core.RequestOptions;

/**
 * Default {@link VoicesClient}.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
final class DefaultVoicesClient implements VoicesClient {

	static final String RESOURCE = "voices";

	private final CartesiaHttp http;

	DefaultVoicesClient(CartesiaHttp http) {
		this.http = http;
	}

	@Override
	public VoicesClient withOptions(RequestOptions options) {
		return new DefaultVoicesClient(this.http.withOptions(options));
	}

}
