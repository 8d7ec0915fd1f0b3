package io.github.cartesia4j.client.agents;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.github.cartesia4j.testing.TestClients;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Assertions shared by the agents wire tests.
 */
final class AgentsWire {

	static final String VERSION = "2025-11-04";

	private AgentsWire() {
	}

	/**
	 * Assert the method, the exact path and query, and the version and credential headers.
	 * @param request the recorded request
	 * @param method the expected method
	 * @param url the expected path and query
	 */
	static void assertRequest(LoggedRequest request, String method, String url) {
		assertThat(request.getMethod().getName()).isEqualTo(method);
		assertThat(request.getUrl()).isEqualTo(url);
		assertThat(request.getHeader("Cartesia-Version")).isEqualTo(VERSION);
		assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + TestClients.API_KEY);
	}

}
