package io.github.cartesia4j.test.simulator;

/**
 * Simulated PronunciationDicts API routes.
 *
 * @author cartesia4j
 */
final class PronunciationDictsRoutes implements SimulatorRoutes {

	private final SimulatorSettings settings;

	private final SimulatorState state;

	PronunciationDictsRoutes(SimulatorSettings settings, SimulatorState state) {
		this.settings = settings;
		this.state = state;
	}

	@Override
	public void register(SimulatorRouter router) {
	}

}
