package io.github.cartesia4j.client.core;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;

/**
 * The HTTP status of the last attempt of a call, for decorators that report it (for example
 * observations). A decorator puts a holder into the Reactor context; the client's exchange
 * filter fills it when a response arrives.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public final class CallStatus {

	private volatile @Nullable Integer status;

	/**
	 * Return the status of the last response, if one arrived.
	 * @return the status or {@code null}
	 */
	public @Nullable Integer get() {
		return this.status;
	}

	/**
	 * The exchange filter that records response statuses into the holder found in the
	 * Reactor context, if any.
	 * @return the filter
	 */
	public static ExchangeFilterFunction recorder() {
		return (request, next) -> Mono.deferContextual((context) -> {
			CallStatus holder = context.getOrDefault(CallStatus.class, null);
			Mono<ClientResponse> exchange = next.exchange(request);
			return (holder != null) ? exchange.doOnNext((response) -> holder.status = response.statusCode().value())
					: exchange;
		});
	}

}
