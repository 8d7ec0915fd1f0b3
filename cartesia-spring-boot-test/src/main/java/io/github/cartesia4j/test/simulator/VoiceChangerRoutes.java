package io.github.cartesia4j.test.simulator;

/**
 * Simulated VoiceChanger API routes.
 *
 * @author cartesia4j
 */
final class VoiceChangerRoutes implements SimulatorRoutes {

	private final SimulatorSettings settings;

	private final SimulatorState state;

	VoiceChangerRoutes(SimulatorSettings settings, SimulatorState state) {
		this.settings = settings;
		this.state = state;
	}

	@Override
	public void register(SimulatorRouter router) {
	}

}
