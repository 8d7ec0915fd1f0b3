package io.github.cartesia4j.client.auth;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;

import io.github.cartesia4j.client.core.Arguments;
import io.github.cartesia4j.client.core.CartesiaHttp;
import io.github.cartesia4j.client.core.CartesiaRequest;
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
	public Mono<TokenResponse> accessToken(TokenRequest request) {
		Arguments.requireNonNull(request, "request");
		return this.http.json(
				CartesiaRequest.of(RESOURCE, "access-token", HttpMethod.POST, "/access-token").json(request).build(),
				TokenResponse.class);
	}

	@Override
	public AuthClient withOptions(RequestOptions options) {
		return new DefaultAuthClient(this.http.withOptions(options));
	}

}
