package io.github.cartesia4j.test.simulator;

/**
 * Simulated FineTunes API routes.
 *
 * @author cartesia4j
 */
final class FineTunesRoutes implements SimulatorRoutes {

	private final SimulatorSettings settings;

	private final SimulatorState state;

	FineTunesRoutes(SimulatorSettings settings, SimulatorState state) {
		this.settings = settings;
		this.state = state;
	}

	@Override
	public void register(SimulatorRouter router) {
	}

}
