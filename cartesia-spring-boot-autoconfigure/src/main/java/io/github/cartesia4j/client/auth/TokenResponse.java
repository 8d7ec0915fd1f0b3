package io.github.cartesia4j.client.auth;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A minted access token. Build a client that authenticates with it through
 * {@code CartesiaClient.builder().accessToken(response.token())}.
 *
 * @param token the token (a JWT), sent as {@code Authorization: Bearer <token>}
 * @author cartesia4j
 * @since 0.1.0
 */
public record TokenResponse(@JsonProperty("token") String token) {

	public TokenResponse {
		if (token == null || token.isBlank()) {
			throw new IllegalArgumentException("'token' is missing from the access token response");
		}
	}

	@Override
	public String toString() {
		return "TokenResponse[token=******]";
	}

}
