package io.github.cartesia4j.test.simulator;

import tools.jackson.databind.node.ObjectNode;

/**
 * The dataset every simulator starts with, so that listing datasets and files shows
 * something: a dataset of support-call recordings holding two WAV files.
 *
 * @author cartesia4j
 */
final class DatasetsSeed {

	static final String DATASET_ID = "5f0c1e2a-7d4b-4c3e-9a8f-1b2c3d4e5f60";

	private static final String CREATED_AT = "2025-08-13T12:00:00Z";

	private DatasetsSeed() {
	}

	/**
	 * Add the seed dataset and its files unless it is there already.
	 * @param state the simulator state
	 */
	static synchronized void ensure(SimulatorState state) {
		if (state.datasets.contains(DATASET_ID)) {
			return;
		}
		state.datasets.add(DatasetsRoutes.dataset(DATASET_ID, "Support call recordings",
				"Inbound support calls, one speaker per file", CREATED_AT));
		ResourceStore files = state.datasetFiles(DATASET_ID);
		files.add(file("8a1d0c55-3b6e-4f7a-9c2d-0e1f2a3b4c5d", "call-0001.wav", 1_764_044));
		files.add(file("9b2e1d66-4c7f-4a8b-8d3e-1f2a3b4c5d6e", "call-0002.wav", 2_207_276));
	}

	private static ObjectNode file(String id, String filename, long size) {
		return DatasetsRoutes.file(id, filename, CREATED_AT, size);
	}

}
