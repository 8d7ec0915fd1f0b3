package io.github.cartesia4j.client.core;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.util.Assert;

/**
 * The secret a client authenticates with: an API key or a short-lived access token. Its
 * {@link #toString()} never reveals the secret.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public final class Credentials {

	private final @Nullable String apiKey;

	private final @Nullable String accessToken;

	private Credentials(@Nullable String apiKey, @Nullable String accessToken) {
		this.apiKey = apiKey;
		this.accessToken = accessToken;
	}

	/**
	 * Credentials from an API key ({@code sk_car_...}).
	 * @param apiKey the key
	 * @return the credentials
	 */
	public static Credentials apiKey(String apiKey) {
		Assert.hasText(apiKey, "'apiKey' must not be empty");
		return new Credentials(apiKey.strip(), null);
	}

	/**
	 * Credentials from an access token minted by {@code POST /access-token}.
	 * @param accessToken the token
	 * @return the credentials
	 */
	public static Credentials accessToken(String accessToken) {
		Assert.hasText(accessToken, "'accessToken' must not be empty");
		return new Credentials(null, accessToken.strip());
	}

	/**
	 * Whether these credentials are an access token rather than an API key.
	 * @return {@code true} for an access token
	 */
	public boolean isAccessToken() {
		return this.accessToken != null;
	}

	/**
	 * Return the secret itself, for transports that must put it in a query string.
	 * @return the API key or token
	 */
	public String secret() {
		return (this.apiKey != null) ? this.apiKey : this.accessToken;
	}

	/**
	 * Set the authentication header for an API version: {@code X-API-Key} for API keys on
	 * versions before {@value ApiVersion#BEARER_AUTH_SINCE}, {@code Authorization: Bearer}
	 * otherwise.
	 * @param headers the headers to update
	 * @param apiVersion the version sent with the request
	 */
	public void apply(HttpHeaders headers, String apiVersion) {
		if (this.apiKey != null && ApiVersion.isBefore(apiVersion, ApiVersion.BEARER_AUTH_SINCE)) {
			headers.set("X-API-Key", this.apiKey);
		}
		else {
			headers.setBearerAuth(secret());
		}
	}

	@Override
	public String toString() {
		return isAccessToken() ? "Credentials[accessToken=******]" : "Credentials[apiKey=******]";
	}

}
