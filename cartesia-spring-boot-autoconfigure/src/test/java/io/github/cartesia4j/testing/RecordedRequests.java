package io.github.cartesia4j.testing;

import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.MatchResult;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * AssertJ helpers over the requests a WireMock server received.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public final class RecordedRequests {

	private RecordedRequests() {
	}

	/**
	 * Return every request the server received, oldest first.
	 * @param wireMock the server
	 * @return the requests
	 */
	public static List<LoggedRequest> all(WireMockExtension wireMock) {
		return wireMock.findAll(anyRequestedFor(anyUrl()));
	}

	/**
	 * Assert the server received exactly one request and return it.
	 * @param wireMock the server
	 * @return the request
	 */
	public static LoggedRequest only(WireMockExtension wireMock) {
		List<LoggedRequest> requests = all(wireMock);
		assertThat(requests).hasSize(1);
		return requests.get(0);
	}

	/**
	 * Assert a request body is exactly this JSON: same fields, no extra ones, same values.
	 * @param request the request
	 * @param expectedJson the expected body
	 */
	public static void assertJsonBody(LoggedRequest request, String expectedJson) {
		String actual = request.getBodyAsString();
		MatchResult result = equalToJson(expectedJson).match(actual);
		assertThat(result.isExactMatch()).as("request body%n  %s%nshould be exactly%n  %s", actual, expectedJson)
			.isTrue();
	}

}
