package io.github.cartesia4j.contract;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import reactor.core.publisher.Mono;

import io.github.cartesia4j.client.CartesiaClient;
import io.github.cartesia4j.client.agents.AgentCallListRequest;
import io.github.cartesia4j.client.core.FileInput;
import io.github.cartesia4j.client.core.PageRequest;
import io.github.cartesia4j.client.core.RequestOptions;
import io.github.cartesia4j.client.datasets.DatasetRequest;
import io.github.cartesia4j.client.finetunes.FineTune;
import io.github.cartesia4j.client.finetunes.FineTuneRequest;
import io.github.cartesia4j.client.pronunciationdicts.PronunciationDictCreateRequest;
import io.github.cartesia4j.client.pronunciationdicts.PronunciationDictItem;
import io.github.cartesia4j.client.tts.OutputFormat;
import io.github.cartesia4j.client.voices.VoiceCloneRequest;
import io.github.cartesia4j.testing.TestClients;

/**
 * The client of a contract case and the resources its call needs, created on first use
 * through the same client (against the simulator) before the call itself runs.
 *
 * @author cartesia4j
 */
final class ContractFixtures {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private final CartesiaClient client;

	private final Map<String, Object> created = new HashMap<>();

	ContractFixtures(CartesiaClient client) {
		this.client = client;
	}

	/**
	 * Return the client under test.
	 * @return the client
	 */
	CartesiaClient client() {
		return this.client;
	}

	/**
	 * Return options that send an older {@code Cartesia-Version}.
	 * @param version the version
	 * @return the options
	 */
	static RequestOptions version(String version) {
		return RequestOptions.builder().apiVersion(version).build();
	}

	/**
	 * Return a short audio clip to upload.
	 * @return a file named {@code clip.wav}
	 */
	static FileInput clip() {
		return FileInput.of("RIFF-contract-test-clip".getBytes(StandardCharsets.US_ASCII), "clip.wav");
	}

	/**
	 * Return a voice embedding of the legacy API's size.
	 * @return 192 numbers
	 */
	static List<Double> embedding() {
		return IntStream.range(0, 192).mapToObj((index) -> Math.sin(index) / 4).toList();
	}

	/**
	 * Return the id of a voice the account owns (a clone).
	 * @return the voice id
	 */
	String ownedVoiceId() {
		return once("ownedVoice", () -> block(this.client.voices()
			.clone(VoiceCloneRequest.builder().clip(clip()).name("Contract voice").language("en").build())).id());
	}

	/**
	 * Return the id of a new dataset.
	 * @return the dataset id
	 */
	String datasetId() {
		return once("dataset",
				() -> block(this.client.datasets().create(DatasetRequest.of("Contract", "Contract test data"))).id());
	}

	/**
	 * Return the id of a file uploaded to {@link #datasetId()}.
	 * @return the file id
	 */
	String datasetFileId() {
		return once("datasetFile", () -> {
			String datasetId = datasetId();
			block(this.client.datasets().uploadFile(datasetId, clip()).thenReturn(datasetId));
			return block(this.client.datasets().listFiles(datasetId)).data().get(0).id();
		});
	}

	/**
	 * Return the id of {@link #datasetId()} once it holds {@link #datasetFileId()}.
	 * @return the dataset id
	 */
	String datasetWithFileId() {
		datasetFileId();
		return datasetId();
	}

	/**
	 * Return the id of a new fine-tune of {@link #datasetWithFileId()}.
	 * @return the fine-tune id
	 */
	String fineTuneId() {
		return once("fineTune", () -> block(this.client.fineTunes()
			.create(FineTuneRequest.builder()
				.name("Contract voice")
				.description("Fine-tuned for the contract test")
				.language("en")
				.modelId(FineTuneRequest.SONIC_3_BASE_MODEL)
				.dataset(datasetWithFileId())
				.build()))
			.id());
	}

	/**
	 * Return the id of {@link #fineTuneId()} once it completed training (the simulator
	 * trains one step per read) and has voices.
	 * @return the fine-tune id
	 */
	String trainedFineTuneId() {
		return once("trainedFineTune", () -> {
			String id = fineTuneId();
			return block(this.client.fineTunes().get(id).repeat(4).takeUntil(FineTune::isTerminal).last()).id();
		});
	}

	/**
	 * Return the id of a new pronunciation dictionary.
	 * @return the dictionary id
	 */
	String pronunciationDictId() {
		List<PronunciationDictItem> items = List.of(PronunciationDictItem.of("Sonic", "SAH-nik"));
		return once("pronunciationDict", () -> block(
				this.client.pronunciationDicts().create(PronunciationDictCreateRequest.of("Contract", items)))
			.id());
	}

	/**
	 * Return the id of the simulator's agent.
	 * @return the agent id
	 */
	String agentId() {
		return once("agent", () -> block(this.client.agents().list().next()).id());
	}

	/**
	 * Return the id of the agent's most recent call, which has a recording.
	 * @return the call id
	 */
	String callId() {
		return once("call", () -> block(this.client.agents().listCalls(AgentCallListRequest.of(agentId()))).data()
			.get(0)
			.id());
	}

	/**
	 * Return the id of one of the agent's deployments.
	 * @return the deployment id
	 */
	String deploymentId() {
		return once("deployment", () -> block(this.client.agents().listDeployments(agentId()).next()).id());
	}

	/**
	 * Return the id of a metric.
	 * @return the metric id
	 */
	String metricId() {
		return once("metric", () -> block(this.client.agents().listMetrics(PageRequest.FIRST)).data().get(0).id());
	}

	/**
	 * Return the id of {@link #metricId()} once it is added to {@link #agentId()}.
	 * @return the metric id
	 */
	String agentMetricId() {
		return once("agentMetric", () -> {
			String metricId = metricId();
			block(this.client.agents().addMetricToAgent(agentId(), metricId).thenReturn(metricId));
			return metricId;
		});
	}

	/**
	 * Return speech synthesized by the simulator, to upload as a clip or a file.
	 * @param format the audio format
	 * @return the audio
	 */
	byte[] speech(OutputFormat format) {
		return once("speech " + format, () -> block(this.client.tts()
			.bytesToArray(TestClients.request().transcript("hello world").outputFormat(format).build())));
	}

	@SuppressWarnings("unchecked")
	private <T> T once(String name, Supplier<T> creator) {
		Object value = this.created.get(name);
		if (value == null) {
			value = creator.get();
			this.created.put(name, value);
		}
		return (T) value;
	}

	private static <T> T block(Mono<T> mono) {
		T value = mono.block(TIMEOUT);
		if (value == null) {
			throw new IllegalStateException("A fixture call completed without a value");
		}
		return value;
	}

	/**
	 * Return the id the simulator's voice library starts with (a public voice).
	 * @return the voice id
	 */
	static String publicVoiceId() {
		return TestClients.VOICE_ID;
	}

}
