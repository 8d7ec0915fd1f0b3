package io.github.cartesia4j.test.simulator;

import java.time.Instant;
import java.util.Map;

/**
 * An access token minted by {@code POST /access-token} and remembered by the
 * {@link AuthTokenRegistry}.
 *
 * @param token the JWT-shaped token
 * @param grants the grants of the request, by name ({@code tts}, {@code stt}, {@code agent})
 * @param issuedAt when it was minted
 * @param expiresAt when it stops being accepted
 * @author cartesia4j
 */
record AuthToken(String token, Map<String, Boolean> grants, Instant issuedAt, Instant expiresAt) {

	AuthToken {
		grants = Map.copyOf(grants);
	}

	/**
	 * Whether the token carries a grant.
	 * @param grant the grant name, for example {@code tts}
	 * @return {@code true} if granted
	 */
	boolean grants(String grant) {
		return Boolean.TRUE.equals(this.grants.get(grant));
	}

	boolean isExpiredAt(Instant now) {
		return !now.isBefore(this.expiresAt);
	}

	@Override
	public String toString() {
		return "AuthToken[grants=" + this.grants + ", expiresAt=" + this.expiresAt + "]";
	}

}
