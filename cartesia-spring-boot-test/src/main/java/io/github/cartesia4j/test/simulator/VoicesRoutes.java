package io.github.cartesia4j.test.simulator;

/**
 * Simulated Voices API routes.
 *
 * @author cartesia4j
 */
final class VoicesRoutes implements SimulatorRoutes {

	private final SimulatorSettings settings;

	private final SimulatorState state;

	VoicesRoutes(SimulatorSettings settings, SimulatorState state) {
		this.settings = settings;
		this.state = state;
	}

	@Override
	public void register(SimulatorRouter router) {
	}

}
