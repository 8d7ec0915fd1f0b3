package io.github.cartesia4j.test.simulator;

/**
 * Simulated Datasets API routes.
 *
 * @author cartesia4j
 */
final class DatasetsRoutes implements SimulatorRoutes {

	private final SimulatorSettings settings;

	private final SimulatorState state;

	DatasetsRoutes(SimulatorSettings settings, SimulatorState state) {
		this.settings = settings;
		this.state = state;
	}

	@Override
	public void register(SimulatorRouter router) {
	}

}
