package io.github.cartesia4j.test.simulator;

/**
 * The routes of one API resource, registered on a {@link SimulatorRouter}.
 *
 * @author cartesia4j
 */
@FunctionalInterface
interface SimulatorRoutes {

	void register(SimulatorRouter router);

}
