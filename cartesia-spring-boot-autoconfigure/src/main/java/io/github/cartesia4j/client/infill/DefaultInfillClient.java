package io.github.cartesia4j.client.infill;

import io.github.cartesia4j.client.core.CartesiaHttp;
import io.github.cartesia4j.client.core.RequestOptions;

/**
 * Default {@link InfillClient}.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
final class DefaultInfillClient implements InfillClient {

	static final String RESOURCE = "infill";

	private final CartesiaHttp http;

	DefaultInfillClient(CartesiaHttp http) {
		this.http = http;
	}

	@Override
	public InfillClient withOptions(RequestOptions options) {
		return new DefaultInfillClient(this.http.withOptions(options));
	}

}
