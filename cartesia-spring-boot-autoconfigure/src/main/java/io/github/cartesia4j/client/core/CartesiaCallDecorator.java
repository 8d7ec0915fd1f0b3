package io.github.cartesia4j.client.core;

import reactor.core.publisher.Flux;

/**
 * Wraps every call of every resource client, for example with retries and a circuit
 * breaker. The source resubscribes to send the request again; it has already turned errors
 * that follow delivered data into {@link CartesiaStreamInterruptedException}, which a
 * decorator must not retry.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public interface CartesiaCallDecorator {

	/**
	 * A decorator that adds nothing.
	 */
	CartesiaCallDecorator NONE = new CartesiaCallDecorator() {

		@Override
		public <T> Flux<T> decorate(CartesiaCall call, Flux<T> source) {
			return source;
		}

	};

	/**
	 * Decorate a call.
	 * @param <T> the element type
	 * @param call what is being called
	 * @param source the call, one request per subscription
	 * @return the decorated call
	 */
	<T> Flux<T> decorate(CartesiaCall call, Flux<T> source);

	/**
	 * Return a decorator that applies this one, then wraps the result with {@code outer}.
	 * @param outer the outer decorator
	 * @return the combined decorator
	 */
	default CartesiaCallDecorator andThen(CartesiaCallDecorator outer) {
		CartesiaCallDecorator inner = this;
		return new CartesiaCallDecorator() {

			@Override
			public <T> Flux<T> decorate(CartesiaCall call, Flux<T> source) {
				return outer.decorate(call, inner.decorate(call, source));
			}

		};
	}

}
