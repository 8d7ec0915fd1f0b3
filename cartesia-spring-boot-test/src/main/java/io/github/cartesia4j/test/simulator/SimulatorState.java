package io.github.cartesia4j.test.simulator;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything the simulated API remembers, shared by the routes so that resources can refer
 * to each other (a fine-tune names a dataset and produces voices, an agent speaks with a
 * voice). Lives as long as the simulator.
 *
 * @author cartesia4j
 */
final class SimulatorState {

	final ResourceStore voices = new ResourceStore("Voice");

	final ResourceStore datasets = new ResourceStore("Dataset");

	final ResourceStore fineTunes = new ResourceStore("Fine-tune");

	final ResourceStore pronunciationDicts = new ResourceStore("Pronunciation dictionary");

	final ResourceStore agents = new ResourceStore("Agent");

	final ResourceStore agentCalls = new ResourceStore("Call");

	final ResourceStore agentMetrics = new ResourceStore("Metric");

	final ResourceStore metricResults = new ResourceStore("Metric result");

	final ResourceStore deployments = new ResourceStore("Deployment");

	private final Map<String, ResourceStore> datasetFiles = new ConcurrentHashMap<>();

	/**
	 * Return the files of one dataset.
	 * @param datasetId the dataset id
	 * @return the store of its files
	 */
	ResourceStore datasetFiles(String datasetId) {
		return this.datasetFiles.computeIfAbsent(datasetId, (id) -> new ResourceStore("File"));
	}

}
