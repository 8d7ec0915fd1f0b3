package io.github.cartesia4j.client.auth;

import reactor.core.publisher.Mono;

import io.github.cartesia4j.client.core.CartesiaHttp;
import io.github.cartesia4j.client.core.RequestOptions;

/**
 * Access tokens of the Cartesia API: short-lived credentials with limited grants, minted
 * with an API key for clients that must not hold the key (a browser, a mobile app).
 * <pre class="code">
 * String token = cartesia.auth().accessToken(TokenRequest.of(Duration.ofMinutes(5), Grant.TTS))
 *     .map(TokenResponse::token)
 *     .block();
 * CartesiaClient restricted = CartesiaClient.builder().accessToken(token).build();
 * </pre>
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public interface AuthClient {

	/**
	 * Create a client.
	 * @param http the transport
	 * @return the client
	 */
	static AuthClient create(CartesiaHttp http) {
		return new DefaultAuthClient(http);
	}

	/**
	 * Mint an access token ({@code POST /access-token}). The calling client must authenticate
	 * with an API key, not with another access token.
	 * @param request the grants and lifetime; must not be {@code null}
	 * @return the token
	 * @see <a href="https://docs.cartesia.ai/api-reference/auth/access-token">Generate a new access
	 * token</a>
	 */
	Mono<TokenResponse> accessToken(TokenRequest request);

	/**
	 * Return a copy of this client whose calls use the given options.
	 * @param options timeout, headers, API version and retry overrides
	 * @return the copy
	 */
	AuthClient withOptions(RequestOptions options);

}
