package io.github.cartesia4j.test.simulator;

/**
 * Simulated Agents API routes.
 *
 * @author cartesia4j
 */
final class AgentsRoutes implements SimulatorRoutes {

	private final SimulatorSettings settings;

	private final SimulatorState state;

	AgentsRoutes(SimulatorSettings settings, SimulatorState state) {
		this.settings = settings;
		this.state = state;
	}

	@Override
	public void register(SimulatorRouter router) {
	}

}
