package io.github.cartesia4j.client.auth;

import java.time.Duration;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import io.github.cartesia4j.client.core.Arguments;

/**
 * Body of {@code POST /access-token}: what the token may do and for how long.
 * <pre class="code">
 * TokenRequest request = TokenRequest.of(Duration.ofMinutes(5), Grant.TTS);
 * </pre>
 *
 * @param grants the capabilities granted; at least one must be {@code true}
 * @param expiresIn lifetime in seconds, 1 to {@value #MAX_EXPIRES_IN}, or {@code null} for
 * the API's default
 * @author cartesia4j
 * @since 0.1.0
 * @see <a href="https://docs.cartesia.ai/api-reference/auth/access-token">Generate a new access token</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TokenRequest(@JsonProperty("grants") TokenGrants grants,
		@JsonProperty("expires_in") @Nullable Integer expiresIn) {

	/**
	 * Longest lifetime the API grants, in seconds (one hour).
	 */
	public static final int MAX_EXPIRES_IN = 3600;

	public TokenRequest {
		Arguments.requireNonNull(grants, "grants");
		if (grants.granted().isEmpty()) {
			throw new IllegalArgumentException("'grants' must grant at least one of tts, stt, agent");
		}
		Arguments.requireRange(expiresIn, 1, MAX_EXPIRES_IN, "expires_in");
	}

	/**
	 * A token with the given capabilities and the API's default lifetime.
	 * @param grants the capabilities; at least one
	 * @return the request
	 */
	public static TokenRequest of(Grant... grants) {
		return new TokenRequest(TokenGrants.of(grants), null);
	}

	/**
	 * A token with the given capabilities and lifetime.
	 * @param expiresIn the lifetime, whole seconds from 1 second to 1 hour
	 * @param grants the capabilities; at least one
	 * @return the request
	 */
	public static TokenRequest of(Duration expiresIn, Grant... grants) {
		return new TokenRequest(TokenGrants.of(grants), seconds(expiresIn));
	}

	/**
	 * Return a copy with another lifetime.
	 * @param expiresIn the lifetime, whole seconds from 1 second to 1 hour
	 * @return the copy
	 */
	public TokenRequest withExpiresIn(Duration expiresIn) {
		return new TokenRequest(this.grants, seconds(expiresIn));
	}

	private static int seconds(Duration expiresIn) {
		Arguments.requireNonNull(expiresIn, "expires_in");
		if (expiresIn.getNano() != 0) {
			throw new IllegalArgumentException("'expires_in' must be whole seconds, got " + expiresIn);
		}
		long seconds = expiresIn.getSeconds();
		Arguments.requireRange(seconds, 1, MAX_EXPIRES_IN, "expires_in");
		return (int) seconds;
	}

}
