package io.github.cartesia4j.test.simulator;

/**
 * Simulated Infill API routes.
 *
 * @author cartesia4j
 */
final class InfillRoutes implements SimulatorRoutes {

	private final SimulatorSettings settings;

	private final SimulatorState state;

	InfillRoutes(SimulatorSettings settings, SimulatorState state) {
		this.settings = settings;
		this.state = state;
	}

	@Override
	public void register(SimulatorRouter router) {
	}

}
