package io.github.cartesia4j.client.agents;

import java.time.Duration;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.cartesia4j.client.core.PageRequest;
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
	 * Send a JSON and a streamed request with generous timeouts, so that the one-time cost of
	 * the first exchange in the JVM (class loading, connection pool) is not paid inside a test's
	 * timeouts; errors are ignored.
	 * @param baseUrl the server to call
	 */
	static void warmUp(String baseUrl) {
		Duration patience = Duration.ofSeconds(60);
		AgentsClient agents = TestClients.builder(baseUrl)
			.firstByteTimeout(patience)
			.chunkTimeout(patience)
			.build()
			.agents();
		agents.list().onErrorResume((ex) -> Flux.empty()).blockLast(patience);
		agents.exportMetricResultsPage(MetricResultFilter.NONE, PageRequest.FIRST)
			.onErrorResume((ex) -> Mono.empty())
			.block(patience);
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
