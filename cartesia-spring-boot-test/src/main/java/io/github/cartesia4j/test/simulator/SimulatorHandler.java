package io.github.cartesia4j.test.simulator;

import org.reactivestreams.Publisher;

/**
 * Handles one routed request. A {@link SimulatorException}, thrown or emitted before the
 * response headers are sent, becomes a JSON error response.
 *
 * @author cartesia4j
 */
@FunctionalInterface
interface SimulatorHandler {

	Publisher<Void> handle(SimulatorExchange exchange);

}
