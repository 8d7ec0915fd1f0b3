package io.github.cartesia4j.observation;

import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;

import io.github.cartesia4j.client.core.CallStatus;
import io.github.cartesia4j.client.core.CartesiaCall;
import io.github.cartesia4j.client.core.CartesiaCallDecorator;

/**
 * Observes every call as one {@code cartesia.client.requests} observation, retries included:
 * a timer for metrics and a span for traces, parent of the HTTP client's own observations.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public final class ObservationCallDecorator implements CartesiaCallDecorator {

	private static final CartesiaObservationConvention DEFAULT = new DefaultCartesiaObservationConvention();

	private final ObservationRegistry registry;

	private final @Nullable CartesiaObservationConvention convention;

	public ObservationCallDecorator(ObservationRegistry registry, @Nullable CartesiaObservationConvention convention) {
		this.registry = registry;
		this.convention = convention;
	}

	@Override
	public <T> Flux<T> decorate(CartesiaCall call, Flux<T> source) {
		return Flux.defer(() -> {
			CartesiaClientObservationContext context = new CartesiaClientObservationContext(call);
			Observation observation = Observation
				.createNotStarted(this.convention, DEFAULT, () -> context, this.registry)
				.start();
			AtomicBoolean stopped = new AtomicBoolean();
			Runnable stop = () -> {
				if (stopped.compareAndSet(false, true)) {
					observation.stop();
				}
			};
			return source.doOnComplete(stop).doOnError((ex) -> {
				observation.error(ex);
				stop.run();
			}).doOnCancel(() -> {
				context.markCancelled();
				stop.run();
			})
				.contextWrite((reactorContext) -> reactorContext.put(ObservationThreadLocalAccessor.KEY, observation)
					.put(CallStatus.class, context.statusHolder()));
		});
	}

}
