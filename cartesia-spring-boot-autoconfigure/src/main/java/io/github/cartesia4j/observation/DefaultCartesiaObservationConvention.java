package io.github.cartesia4j.observation;

import io.micrometer.common.KeyValues;

import io.github.cartesia4j.client.core.Outcome;

/**
 * Default {@link CartesiaObservationConvention}: name {@code cartesia.client.requests},
 * low-cardinality keys {@code resource}, {@code operation}, {@code outcome} and
 * {@code status}. Never ids, transcripts or keys.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public class DefaultCartesiaObservationConvention implements CartesiaObservationConvention {

	/**
	 * Name of the observation and of its timer.
	 */
	public static final String NAME = "cartesia.client.requests";

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public String getContextualName(CartesiaClientObservationContext context) {
		return "cartesia " + context.getCall().resource() + "." + context.getCall().operation();
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(CartesiaClientObservationContext context) {
		Integer status = context.getStatus();
		String outcome = context.isCancelled() ? Outcome.CANCELLED : Outcome.of(context.getError());
		return KeyValues.of("resource", context.getCall().resource(), "operation", context.getCall().operation(),
				"outcome", outcome, "status", (status != null) ? status.toString() : "NONE");
	}

}
