package io.github.cartesia4j.contract;

import java.util.ArrayList;
import java.util.List;

import io.github.cartesia4j.test.simulator.RecordedRequest;

/**
 * A request as the simulator received it and the response as the client received it.
 *
 * @param request the request
 * @param response the response
 * @author cartesia4j
 */
record Exchange(RecordedRequest request, CapturedResponse response) {

	/**
	 * Pair requests and responses of sequential calls, in order.
	 * @param requests what the simulator received
	 * @param responses what the client received
	 * @return the exchanges
	 * @throws IllegalStateException if the counts differ
	 */
	static List<Exchange> pair(List<RecordedRequest> requests, List<CapturedResponse> responses) {
		if (requests.size() != responses.size()) {
			throw new IllegalStateException(
					"The simulator received " + requests + " but the client got " + responses + ": cannot pair them");
		}
		List<Exchange> exchanges = new ArrayList<>();
		for (int i = 0; i < requests.size(); i++) {
			exchanges.add(new Exchange(requests.get(i), responses.get(i)));
		}
		return exchanges;
	}

	@Override
	public String toString() {
		return this.request + " -> " + this.response;
	}

}
