package io.github.cartesia4j.test.simulator;

import java.util.LinkedHashMap;
import java.util.Map;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import tools.jackson.databind.JsonNode;

/**
 * Access tokens: {@code POST /access-token} mints a JWT-shaped token with the requested
 * {@code grants} and {@code expires_in} (1 to 3600 seconds, 60 when absent) and remembers it
 * in the simulator's {@link AuthTokenRegistry}. Like the API, it must be called with an API
 * key, not with another token.
 *
 * @author cartesia4j
 */
final class AuthRoutes implements SimulatorRoutes {

	private static final String[] GRANTS = { "tts", "stt", "agent" };

	private static final String BEARER = "bearer ";

	AuthRoutes(SimulatorSettings settings, SimulatorState state) {
	}

	@Override
	public void register(SimulatorRouter router) {
		AuthTokenRegistry tokens = AuthTokenRegistry.of(router.auth());
		router.post("/access-token", (exchange) -> mint(exchange, tokens));
	}

	private static Publisher<Void> mint(SimulatorExchange exchange, AuthTokenRegistry tokens) {
		if (AuthTokenRegistry.isToken(credential(exchange.request().requestHeaders()))) {
			throw SimulatorErrors
				.unauthorized("Access tokens cannot create access tokens: authenticate with an API key");
		}
		JsonNode body = (exchange.body().length > 0) ? exchange.jsonBody() : ResourceStore.object();
		AuthToken token = tokens.mint(grants(body.get("grants")), expiresIn(body.get("expires_in")));
		return exchange.sendJson(200, SimulatorJson.write(Map.of("token", token.token())));
	}

	private static Map<String, @Nullable Boolean> grants(@Nullable JsonNode grants) {
		Map<String, @Nullable Boolean> requested = new LinkedHashMap<>();
		if (grants == null || grants.isNull()) {
			return requested;
		}
		if (!grants.isObject()) {
			throw SimulatorErrors.badRequest("grants must be an object");
		}
		for (String name : GRANTS) {
			JsonNode value = grants.get(name);
			if (value != null && !value.isNull()) {
				if (!value.isBoolean()) {
					throw SimulatorErrors.badRequest("grants." + name + " must be a boolean");
				}
				requested.put(name, value.booleanValue());
			}
		}
		return requested;
	}

	private static int expiresIn(@Nullable JsonNode expiresIn) {
		if (expiresIn == null || expiresIn.isNull()) {
			return AuthTokenRegistry.DEFAULT_EXPIRES_IN;
		}
		if (!expiresIn.isIntegralNumber()) {
			throw SimulatorErrors.badRequest("expires_in must be an integer number of seconds");
		}
		long seconds = expiresIn.canConvertToLong() ? expiresIn.longValue()
				: expiresIn.bigIntegerValue().signum() * Long.MAX_VALUE;
		if (seconds < 1) {
			throw SimulatorErrors.badRequest("expires_in must be at least 1 second, got " + seconds);
		}
		if (seconds > AuthTokenRegistry.MAX_EXPIRES_IN) {
			throw SimulatorErrors.badRequest("expires_in must be at most " + AuthTokenRegistry.MAX_EXPIRES_IN
					+ " seconds (1 hour), got " + seconds);
		}
		return (int) seconds;
	}

	private static @Nullable String credential(HttpHeaders headers) {
		String authorization = headers.get(HttpHeaderNames.AUTHORIZATION);
		if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return authorization.substring(BEARER.length()).trim();
		}
		return headers.get(SimulatorAuth.API_KEY_HEADER);
	}

}
