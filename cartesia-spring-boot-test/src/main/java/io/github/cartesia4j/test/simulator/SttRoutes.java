package io.github.cartesia4j.test.simulator;

/**
 * Simulated Stt API routes.
 *
 * @author cartesia4j
 */
final class SttRoutes implements SimulatorRoutes {

	private final SimulatorSettings settings;

	private final SimulatorState state;

	SttRoutes(SimulatorSettings settings, SimulatorState state) {
		this.settings = settings;
		this.state = state;
	}

	@Override
	public void register(SimulatorRouter router) {
	}

}
