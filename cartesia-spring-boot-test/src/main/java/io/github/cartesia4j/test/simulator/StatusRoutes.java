package io.github.cartesia4j.test.simulator;

import java.nio.charset.StandardCharsets;

/**
 * API status: {@code GET /} answers {@code {"ok":true,"version":"..."}} without
 * credentials or version header.
 *
 * @author cartesia4j
 */
final class StatusRoutes implements SimulatorRoutes {

	private static final byte[] API_INFO = ("{\"ok\":true,\"version\":\"" + CartesiaSimulator.API_VERSION + "\"}")
		.getBytes(StandardCharsets.UTF_8);

	@Override
	public void register(SimulatorRouter router) {
		router.publicGet("/", (exchange) -> exchange.sendJson(200, API_INFO));
	}

}
