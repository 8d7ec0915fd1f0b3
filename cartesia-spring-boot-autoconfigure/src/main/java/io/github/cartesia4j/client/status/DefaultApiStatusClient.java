package io.github.cartesia4j.client.status;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;

import io.github.cartesia4j.client.core.CartesiaHttp;
import io.github.cartesia4j.client.core.CartesiaRequest;
import io.github.cartesia4j.client.core.RequestOptions;

/**
 * Default {@link ApiStatusClient}.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
final class DefaultApiStatusClient implements ApiStatusClient {

	private final CartesiaHttp http;

	DefaultApiStatusClient(CartesiaHttp http) {
		this.http = http;
	}

	@Override
	public Mono<ApiStatus> get() {
		return this.http.json(CartesiaRequest.of("api-status", "get", HttpMethod.GET, "/").build(), ApiStatus.class);
	}

	@Override
	public ApiStatusClient withOptions(RequestOptions options) {
		return new DefaultApiStatusClient(this.http.withOptions(options));
	}

}
