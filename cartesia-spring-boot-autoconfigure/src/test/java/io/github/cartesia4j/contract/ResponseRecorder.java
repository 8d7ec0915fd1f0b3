package io.github.cartesia4j.contract;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import reactor.core.publisher.Mono;

import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;

/**
 * Records every response the client receives, in order, copying the body as the client
 * reads it so the stream the client consumes is left alone.
 *
 * @author cartesia4j
 */
final class ResponseRecorder implements ExchangeFilterFunction {

	private final List<CapturedResponse> responses = new CopyOnWriteArrayList<>();

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		return next.exchange(request).map((response) -> {
			CapturedResponse captured = new CapturedResponse(response.statusCode().value(),
					response.headers().asHttpHeaders());
			this.responses.add(captured);
			return response.mutate().body((body) -> body.doOnNext(captured::append)).build();
		});
	}

	/**
	 * Return the responses received so far, oldest first.
	 * @return the responses
	 */
	List<CapturedResponse> responses() {
		return List.copyOf(this.responses);
	}

	/**
	 * Forget the responses received so far.
	 */
	void clear() {
		this.responses.clear();
	}

}
