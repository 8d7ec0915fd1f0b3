package io.github.cartesia4j.client.datasets;

import io.github.cartesia4j.client.core.CartesiaHttp;
import io.github.cartesia4j.client.core.RequestOptions;

/**
 * Default {@link DatasetsClient}.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
final class DefaultDatasetsClient implements DatasetsClient {

	static final String RESOURCE = "datasets";

	private final CartesiaHttp http;

	DefaultDatasetsClient(CartesiaHttp http) {
		this.http = http;
	}

	@Override
	public DatasetsClient withOptions(RequestOptions options) {
		return new DefaultDatasetsClient(this.http.withOptions(options));
	}

}
