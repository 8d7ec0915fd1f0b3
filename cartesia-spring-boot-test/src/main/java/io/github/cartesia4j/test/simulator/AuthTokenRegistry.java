package io.github.cartesia4j.test.simulator;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * Mints the simulator's access tokens and remembers them until they expire, so that a
 * simulator can accept them as {@code Authorization: Bearer} credentials. A token is a JWT:
 * {@code base64url(header).base64url(payload).base64url(HMAC-SHA256 signature)}, with a
 * payload carrying {@code grants}, {@code iat}, {@code exp} and a unique {@code jti}.
 * <p>
 * There is one registry per {@link SimulatorAuth}, that is per running simulator, found with
 * {@link #of(SimulatorAuth)}. {@link SimulatorAuth#checkCredential(String)} can consult it by
 * changing the condition of its API key check to
 * <pre class="code">
 * if (!AuthTokenRegistry.of(this).verify(credential) &amp;&amp; this.apiKey != null
 *         &amp;&amp; !this.apiKey.equals(credential)) {
 * </pre>
 * so that a live token passes, a dead one is refused with 401, and anything else is checked
 * as an API key.
 *
 * @author cartesia4j
 */
final class AuthTokenRegistry {

	/**
	 * Lifetime of a token whose request has no {@code expires_in}, in seconds.
	 */
	static final int DEFAULT_EXPIRES_IN = 60;

	/**
	 * Longest lifetime the API grants, in seconds.
	 */
	static final int MAX_EXPIRES_IN = 3600;

	private static final Map<SimulatorAuth, AuthTokenRegistry> REGISTRIES = Collections
		.synchronizedMap(new WeakHashMap<>());

	private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

	private static final String HEADER = BASE64URL
		.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

	private final Clock clock;

	private final SecretKeySpec key;

	private final Map<String, AuthToken> tokens = new ConcurrentHashMap<>();

	AuthTokenRegistry(Clock clock) {
		this.clock = clock;
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, "HmacSHA256");
	}

	/**
	 * Return the registry of one simulator, creating it on first use. It lives as long as
	 * the simulator's {@link SimulatorAuth}.
	 * @param auth the simulator's credential checks
	 * @return the registry
	 */
	static AuthTokenRegistry of(SimulatorAuth auth) {
		return REGISTRIES.computeIfAbsent(auth, (key) -> new AuthTokenRegistry(Clock.systemUTC()));
	}

	/**
	 * Mint and remember a token; expired tokens are forgotten on the way.
	 * @param grants the requested grants by name; {@code null} values are left out
	 * @param expiresIn the lifetime in seconds, 1 to {@value #MAX_EXPIRES_IN}
	 * @return the token
	 */
	AuthToken mint(Map<String, @Nullable Boolean> grants, int expiresIn) {
		if (expiresIn < 1 || expiresIn > MAX_EXPIRES_IN) {
			throw new IllegalArgumentException("expiresIn must be between 1 and " + MAX_EXPIRES_IN);
		}
		Instant now = this.clock.instant();
		this.tokens.values().removeIf((token) -> token.isExpiredAt(now));
		Map<String, Boolean> granted = new LinkedHashMap<>();
		grants.forEach((name, value) -> {
			if (value != null) {
				granted.put(name, value);
			}
		});
		Instant expiresAt = now.plusSeconds(expiresIn);
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("iss", "cartesia-simulator");
		claims.put("jti", SimulatorIds.resourceId());
		claims.put("grants", granted);
		claims.put("iat", now.getEpochSecond());
		claims.put("exp", expiresAt.getEpochSecond());
		String unsigned = HEADER + "." + BASE64URL.encodeToString(SimulatorJson.write(claims));
		AuthToken token = new AuthToken(unsigned + "." + sign(unsigned), granted, now, expiresAt);
		this.tokens.put(token.token(), token);
		return token;
	}

	/**
	 * Return a token this registry minted and that has not expired.
	 * @param credential the presented credential
	 * @return the token, or {@code null} when unknown or expired
	 */
	@Nullable AuthToken find(@Nullable String credential) {
		AuthToken token = (credential != null) ? this.tokens.get(credential.trim()) : null;
		return (token != null && !token.isExpiredAt(this.clock.instant())) ? token : null;
	}

	/**
	 * Whether a credential is a token this registry minted and that has not expired.
	 * @param credential the presented credential
	 * @return {@code true} if it is a live token
	 */
	boolean accepts(@Nullable String credential) {
		return find(credential) != null;
	}

	/**
	 * Check a credential that may be a token.
	 * @param credential the presented credential
	 * @return {@code true} if it is a live token of this registry, {@code false} if it is not
	 * token-shaped (check it as an API key)
	 * @throws SimulatorException (401) for a token that expired or that this registry never
	 * minted
	 */
	boolean verify(@Nullable String credential) {
		if (!isToken(credential)) {
			return false;
		}
		if (!accepts(credential)) {
			throw SimulatorErrors.unauthorized("Invalid or expired access token");
		}
		return true;
	}

	/**
	 * Whether a credential has the shape of a simulator token (expired or from another
	 * simulator included), as opposed to an API key.
	 * @param credential the presented credential
	 * @return {@code true} if it looks like a simulator token
	 */
	static boolean isToken(@Nullable String credential) {
		return credential != null && credential.trim().startsWith(HEADER + ".")
				&& credential.trim().split("\\.", -1).length == 3;
	}

	private String sign(String unsigned) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			return BASE64URL.encodeToString(mac.doFinal(unsigned.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}
