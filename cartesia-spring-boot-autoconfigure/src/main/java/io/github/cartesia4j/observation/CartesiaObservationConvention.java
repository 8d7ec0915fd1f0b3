package io.github.cartesia4j.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Convention for {@code cartesia.client.requests} observations; define a bean of this type to
 * change their name or tags.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public interface CartesiaObservationConvention extends ObservationConvention<CartesiaClientObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof CartesiaClientObservationContext;
	}

}
