package io.github.cartesia4j.test.simulator;

/**
 * Simulated Auth API routes.
 *
 * @author cartesia4j
 */
final class AuthRoutes implements SimulatorRoutes {

	private final SimulatorSettings settings;

	private final SimulatorState state;

	AuthRoutes(SimulatorSettings settings, SimulatorState state) {
		this.settings = settings;
		this.state = state;
	}

	@Override
	public void register(SimulatorRouter router) {
	}

}
