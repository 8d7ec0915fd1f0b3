package io.github.cartesia4j.client.auth;

import io.github.cartesia4j.client.core.CartesiaHttp;
import io.github.cartesia4j.client.core.RequestOptions;

/**
 * Default {@link AuthClient}.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
final class DefaultAuthClient implements AuthClient {

	static final String RESOURCE = "auth";

	private final CartesiaHttp http;

	DefaultAuthClient(CartesiaHttp http) {
		this.http = http;
	}

	@Override
	public AuthClient withOptions(RequestOptions options) {
		return new DefaultAuthClient(this.http.withOptions(options));
	}

}
