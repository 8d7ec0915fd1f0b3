package io.github.cartesia4j.client.stt;

import io.github.cartesia4j.client.core.CartesiaHttp;
import io.github.cartesia4j.client.core.RequestOptions;

/**
 * Default {@link SttClient}.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
final class DefaultSttClient implements SttClient {

	static final String RESOURCE = "stt";

	private final CartesiaHttp http;

	DefaultSttClient(CartesiaHttp http) {
		this.http = http;
	}

	@Override
	public SttClient withOptions(RequestOptions options) {
		return new DefaultSttClient(this.http.withOptions(options));
	}

}
