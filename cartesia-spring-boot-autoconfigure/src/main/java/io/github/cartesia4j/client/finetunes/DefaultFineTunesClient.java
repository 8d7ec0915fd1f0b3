package io.github.cartesia4j.client.finetunes;

import io.github.cartesia4j.client.core.CartesiaHttp;
import io.github.cartesia4j.client.core.RequestOptions;

/**
 * Default {@link FineTunesClient}.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
final class DefaultFineTunesClient implements FineTunesClient {

	static final String RESOURCE = "fine-tunes";

	private final CartesiaHttp http;

	DefaultFineTunesClient(CartesiaHttp http) {
		this.http = http;
	}

	@Override
	public FineTunesClient withOptions(RequestOptions options) {
		return new DefaultFineTunesClient(this.http.withOptions(options));
	}

}
