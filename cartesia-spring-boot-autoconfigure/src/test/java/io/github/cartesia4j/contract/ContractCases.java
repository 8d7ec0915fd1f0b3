package io.github.cartesia4j.contract;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.core.io.buffer.DataBufferUtils;

import io.github.cartesia4j.client.agents.AgentCallListRequest;
import io.github.cartesia4j.client.agents.AgentUpdateRequest;
import io.github.cartesia4j.client.agents.MetricCreateRequest;
import io.github.cartesia4j.client.agents.MetricResultFilter;
import io.github.cartesia4j.client.auth.Grant;
import io.github.cartesia4j.client.auth.TokenRequest;
import io.github.cartesia4j.client.core.FileInput;
import io.github.cartesia4j.client.core.PageRequest;
import io.github.cartesia4j.client.datasets.DatasetRequest;
import io.github.cartesia4j.client.finetunes.FineTuneRequest;
import io.github.cartesia4j.client.infill.InfillRequest;
import io.github.cartesia4j.client.pronunciationdicts.PronunciationDictCreateRequest;
import io.github.cartesia4j.client.pronunciationdicts.PronunciationDictItem;
import io.github.cartesia4j.client.pronunciationdicts.PronunciationDictUpdateRequest;
import io.github.cartesia4j.client.stt.SttEncoding;
import io.github.cartesia4j.client.stt.TranscriptionRequest;
import io.github.cartesia4j.client.tts.AudioEncoding;
import io.github.cartesia4j.client.tts.GenerationConfig;
import io.github.cartesia4j.client.tts.OutputFormat;
import io.github.cartesia4j.client.voicechanger.VoiceChangerRequest;
import io.github.cartesia4j.client.voices.EmbeddingLocalizeRequest;
import io.github.cartesia4j.client.voices.GenderPresentation;
import io.github.cartesia4j.client.voices.MixVoice;
import io.github.cartesia4j.client.voices.SpeakerGender;
import io.github.cartesia4j.client.voices.VoiceCloneRequest;
import io.github.cartesia4j.client.voices.VoiceCreateRequest;
import io.github.cartesia4j.client.voices.VoiceExpand;
import io.github.cartesia4j.client.voices.VoiceListRequest;
import io.github.cartesia4j.client.voices.VoiceLocalizeRequest;
import io.github.cartesia4j.client.voices.VoiceMixRequest;
import io.github.cartesia4j.client.voices.VoiceUpdate;
import io.github.cartesia4j.testing.TestClients;

import static io.github.cartesia4j.contract.ContractCase.legacy;
import static io.github.cartesia4j.contract.ContractCase.of;
import static io.github.cartesia4j.contract.ContractFixtures.clip;
import static io.github.cartesia4j.contract.ContractFixtures.embedding;
import static io.github.cartesia4j.contract.ContractFixtures.publicVoiceId;
import static io.github.cartesia4j.contract.ContractFixtures.version;

/**
 * Every client operation with the document it is checked against and the deviations
 * accepted for it. Add an operation with one line: {@code of("<accessor>.<method>", (f) ->
 * f.client().<accessor>().<method>(...))}, then {@code .accepting(key, detail, reason)} for
 * each difference the project decides to live with.
 *
 * @author cartesia4j
 */
final class ContractCases {

	private static final String EXTRA_RESPONSE_FIELD = "validation.response.body.schema.additionalProperties";

	private static final String EXTRA_REQUEST_FIELD = "validation.request.body.schema.additionalProperties";

	private static final String VOICE_ACCENT = "2025-11-04 voices carry `accent`, which the 2025-11-04 SDKs "
			+ "(cartesia-js 3.x) model; the Stainless document leaves it out of `Voice`";

	private static final String AUDIO_TYPES = "The document gives `audio/wav` as the only type of generated audio, "
			+ "but the body is the container `output_format` asks for; mp3 comes as `audio/mpeg` and raw PCM as "
			+ "`application/octet-stream` (the simulator's types: the API's are documented nowhere), and the client "
			+ "reads the bytes whatever the type";

	private static final String ITEM_CASE_SENSITIVE = "`case_sensitive` on dictionary items comes from the 2026-08-14 "
			+ "SDKs and is not in the 2025-11-04 document; the client sends it only when the caller sets it and the "
			+ "simulator returns what it stored";

	private static final String LEGACY_EMBEDDINGS = "Embedding voices (create, mix, localize to an embedding) exist "
			+ "only up to 2024-11-13 and no document describes them; the multi-version document keeps only their "
			+ "`IdSpecifier` schema";

	private static final String X_API_KEY = "Versions before 2025-04-16 authenticate with `X-API-Key`, which no "
			+ "document describes (they only know `Authorization: Bearer`)";

	private static final String PIN = "pin/unpin are 2025-04-16 operations (Fern SDKs) that neither document has";

	/**
	 * Client methods that send exactly the request of another method (conveniences over it),
	 * so the other method's case covers them.
	 */
	static final Map<String, String> SAME_REQUEST_AS = Map.ofEntries(Map.entry("tts.bytesToArray", "tts.bytes"),
			Map.entry("tts.bytesWithResponse", "tts.bytes"),
			Map.entry("infill.bytesToArray", "infill.bytes"), Map.entry("voiceChanger.bytesToArray", "voiceChanger.bytes"), Map.entry("voices.listAll", "voices.list"),
			Map.entry("agents.listAllCalls", "agents.listCalls"),
			Map.entry("agents.downloadCallAudioToArray", "agents.downloadCallAudio"),
			Map.entry("agents.listAllMetrics", "agents.listMetrics"),
			Map.entry("agents.listAllMetricResults", "agents.listMetricResults"),
			Map.entry("agents.exportMetricResultsToString", "agents.exportMetricResults"),
			Map.entry("agents.exportAllMetricResultsPages", "agents.exportMetricResultsPage"),
			Map.entry("datasets.listAll", "datasets.list"), Map.entry("datasets.listAllFiles", "datasets.listFiles"),
			Map.entry("fineTunes.listAll", "fineTunes.list"),
			Map.entry("fineTunes.listAllVoices", "fineTunes.listVoices"),
			Map.entry("pronunciationDicts.listAll", "pronunciationDicts.list"));

	private ContractCases() {
	}

	/**
	 * Return every case.
	 * @return the cases, grouped by resource
	 */
	static Stream<ContractCase> all() {
		return Stream
			.of(status(), auth(), tts(), stt(), infill(), voiceChanger(), voices(), agents(), datasets(), fineTunes(),
					pronunciationDicts())
			.flatMap((cases) -> cases);
	}

	static Stream<ContractCase> status() {
		return Stream.of(of("apiStatus.get", (f) -> f.client().apiStatus().get()));
	}

	static Stream<ContractCase> auth() {
		return Stream.of(of("auth.accessToken", (f) -> f.client()
			.auth()
			.accessToken(TokenRequest.of(Duration.ofMinutes(5), Grant.TTS, Grant.STT, Grant.AGENT))));
	}

	static Stream<ContractCase> tts() {
		return Stream.of(
				of("tts.bytes",
						(f) -> f.client()
							.tts()
							.bytes(TestClients.request()
								.language("en")
								.generationConfig(new GenerationConfig(1.2, 0.9, "calm"))
								.build())),
				of("tts.bytesAsDataBuffers",
						(f) -> f.client()
							.tts()
							.bytesAsDataBuffers(TestClients.request().language("en").build())
							.doOnNext(DataBufferUtils::release)),
				of("tts.bytes (mp3)",
						(f) -> f.client()
							.tts()
							.bytes(TestClients.request().outputFormat(OutputFormat.mp3(44100, 128000)).build()))
					.accepting("validation.response.contentType.notAllowed", "'audio/mpeg'", AUDIO_TYPES),
				of("tts.bytes (raw)",
						(f) -> f.client()
							.tts()
							.bytes(TestClients.request()
								.outputFormat(OutputFormat.raw(AudioEncoding.PCM_F32LE, 24000))
								.build()))
					.accepting("validation.response.contentType.notAllowed", "'application/octet-stream'", AUDIO_TYPES),
				of("tts.sse", (f) -> f.client()
					.tts()
					.sse(TestClients.request()
						.contextId("contract-context")
						.addTimestamps(true)
						.addPhonemeTimestamps(true)
						.useNormalizedTimestamps(true)
						.build())));
	}

	/**
	 * Speech-to-text: one line per operation once the client has them, such as
	 * {@code of("stt.transcribe", (f) -> f.client().stt().transcribe(...))}; its multipart
	 * body is checked part by part against the {@code POST /stt} form schema.
	 * @return the cases
	 */
	static Stream<ContractCase> stt() {
		return Stream.of(
				of("stt.transcribe",
						(f) -> f.client()
							.stt()
							.transcribe(TranscriptionRequest.builder()
								.file(FileInput.of(speech(f), "speech.wav"))
								.model(TranscriptionRequest.INK_WHISPER)
								.language("en")
								.wordTimestamps()
								.build())),
				of("stt.transcribe (headerless PCM)",
						(f) -> f.client()
							.stt()
							.transcribe(TranscriptionRequest.builder()
								.file(FileInput.of(pcm(f), "speech.raw"))
								.model(TranscriptionRequest.INK_WHISPER)
								.encoding(SttEncoding.PCM_S16LE)
								.sampleRate(16000)
								.build())));
	}

	/**
	 * Infill: one line per operation once the client has them, such as
	 * {@code of("infill.bytes", (f) -> f.client().infill().bytes(...))}.
	 * @return the cases
	 */
	static Stream<ContractCase> infill() {
		return Stream.of(of("infill.bytes",
				(f) -> f.client()
					.infill()
					.bytes(InfillRequest.builder()
						.leftAudio(FileInput.of(speech(f), "left.wav"))
						.rightAudio(FileInput.of(speech(f), "right.wav"))
						.modelId("sonic-3")
						.language("en")
						.transcript("in between")
						.voiceId(TestClients.VOICE_ID)
						.outputFormat(OutputFormat.wav(AudioEncoding.PCM_S16LE, 16000))
						.build())));
	}

	/**
	 * Voice changer: one line per operation once the client has them, such as
	 * {@code of("voiceChanger.bytes", (f) -> f.client().voiceChanger().bytes(...))}; SSE
	 * events are checked against {@code VoiceChangerSSEEvent}.
	 * @return the cases
	 */
	static Stream<ContractCase> voiceChanger() {
		return Stream.of(
				of("voiceChanger.bytes",
						(f) -> f.client()
							.voiceChanger()
							.bytes(VoiceChangerRequest.of(FileInput.of(speech(f), "clip.wav"), TestClients.VOICE_ID,
									OutputFormat.wav(AudioEncoding.PCM_S16LE, 16000)))),
				of("voiceChanger.sse",
						(f) -> f.client()
							.voiceChanger()
							.sse(VoiceChangerRequest.of(FileInput.of(speech(f), "clip.wav"), TestClients.VOICE_ID,
									OutputFormat.raw(AudioEncoding.PCM_S16LE, 16000)))));
	}

	private static byte[] speech(ContractFixtures fixtures) {
		return fixtures.speech(OutputFormat.wav(AudioEncoding.PCM_S16LE, 16000));
	}

	private static byte[] pcm(ContractFixtures fixtures) {
		return fixtures.speech(OutputFormat.raw(AudioEncoding.PCM_S16LE, 16000));
	}

	static Stream<ContractCase> voices() {
		return Stream.of(
				of("voices.list",
						(f) -> f.client()
							.voices()
							.list(VoiceListRequest.builder()
								.limit(3)
								.q("lady")
								.isOwner(false)
								.gender(GenderPresentation.FEMININE)
								.language("en")
								.expand(VoiceExpand.PREVIEW_FILE_URL)
								.build()))
					.accepting(EXTRA_RESPONSE_FIELD, "\"accent\"", VOICE_ACCENT),
				of("voices.list (next page)",
						(f) -> f.client()
							.voices()
							.list(VoiceListRequest.builder().limit(2).startingAfter(publicVoiceId()).build()))
					.accepting(EXTRA_RESPONSE_FIELD, "\"accent\"", VOICE_ACCENT),
				legacy("voices.list (2024-06-10)",
						(f) -> f.client().voices().withOptions(version("2024-06-10")).list())
					.accepting("validation.request.security.missing", "'/voices'", X_API_KEY)
					.accepting("validation.response.body.schema.type", "(array)", "On 2024-06-10 `GET /voices` "
							+ "answers a bare array of voices, unpaginated (REFERENCE 1.6, cartesia-js 2.x); the "
							+ "multi-version document only has the paginated wrapper. The client reads both"),
				of("voices.get", (f) -> f.client().voices().get(publicVoiceId(), List.of(VoiceExpand.PREVIEW_FILE_URL)))
					.accepting(EXTRA_RESPONSE_FIELD, "\"accent\"", VOICE_ACCENT),
				of("voices.update",
						(f) -> f.client()
							.voices()
							.update(f.ownedVoiceId(), VoiceUpdate.builder()
								.name("Renamed")
								.description("Calmer")
								.gender(GenderPresentation.GENDER_NEUTRAL)
								.build()))
					.accepting(EXTRA_RESPONSE_FIELD, "\"accent\"", VOICE_ACCENT),
				of("voices.update (reset gender)",
						(f) -> f.client()
							.voices()
							.update(f.ownedVoiceId(), VoiceUpdate.builder().resetGender().build()))
					.accepting(EXTRA_RESPONSE_FIELD, "\"accent\"", VOICE_ACCENT),
				of("voices.delete", (f) -> f.client().voices().delete(f.ownedVoiceId())),
				of("voices.clone",
						(f) -> f.client()
							.voices()
							.clone(VoiceCloneRequest.builder()
								.clip(clip())
								.name("Cloned")
								.description("From a clip")
								.language("en")
								.baseVoiceId(publicVoiceId())
								.build())),
				of("voices.localize",
						(f) -> f.client()
							.voices()
							.localize(VoiceLocalizeRequest.builder()
								.voiceId(f.ownedVoiceId())
								.name("Localized")
								.description("In British English")
								.language("en")
								.originalSpeakerGender(SpeakerGender.FEMALE)
								.dialect("uk")
								.build())),
				legacy("voices.create",
						(f) -> f.client()
							.voices()
							.withOptions(version("2024-11-13"))
							.create(VoiceCreateRequest.builder()
								.name("From an embedding")
								.description("Legacy")
								.embedding(embedding())
								.language("en")
								.build()))
					.accepting("validation.request.path.missing", "'/voices/'", LEGACY_EMBEDDINGS),
				legacy("voices.mix",
						(f) -> f.client()
							.voices()
							.withOptions(version("2024-11-13"))
							.mix(VoiceMixRequest.of(MixVoice.id(publicVoiceId(), 0.6),
									MixVoice.embedding(embedding(), 0.4))))
					.accepting("validation.request.operation.notAllowed", "'/voices/mix'", LEGACY_EMBEDDINGS),
				legacy("voices.localizeEmbedding",
						(f) -> f.client()
							.voices()
							.withOptions(version("2024-11-13"))
							.localizeEmbedding(EmbeddingLocalizeRequest.of(embedding(), "fr", SpeakerGender.MALE)))
					.accepting("validation.request.security.missing", "'/voices/localize'", X_API_KEY)
					.accepting(EXTRA_REQUEST_FIELD, "\"embedding\"", LEGACY_EMBEDDINGS)
					.accepting("validation.request.body.schema.required", "[\"description\",\"name\",\"voice_id\"]",
							LEGACY_EMBEDDINGS)
					.accepting(EXTRA_RESPONSE_FIELD, "\"embedding\"", LEGACY_EMBEDDINGS)
					.accepting("validation.response.body.schema.required",
							"[\"created_at\",\"description\",\"id\",\"is_public\",\"language\",\"name\",\"user_id\"]",
							LEGACY_EMBEDDINGS));
	}

	static Stream<ContractCase> agents() {
		return Stream.of(of("agents.list", (f) -> f.client().agents().list()),
				of("agents.get", (f) -> f.client().agents().get(f.agentId())),
				of("agents.update",
						(f) -> f.client()
							.agents()
							.update(f.agentId(), AgentUpdateRequest.builder()
								.name("night-line")
								.description("After hours")
								.ttsVoice(publicVoiceId())
								.ttsLanguage("es")
								.build())),
				of("agents.delete", (f) -> f.client().agents().delete(f.agentId())),
				of("agents.templates", (f) -> f.client().agents().templates()),
				of("agents.phoneNumbers", (f) -> f.client().agents().phoneNumbers(f.agentId())),
				of("agents.listCalls",
						(f) -> f.client()
							.agents()
							.listCalls(AgentCallListRequest.builder(f.agentId())
								.expandTranscript(true)
								.limit(2)
								.startingAfter(f.callId())
								.build())),
				of("agents.getCall", (f) -> f.client().agents().getCall(f.callId())),
				of("agents.downloadCallAudio", (f) -> f.client().agents().downloadCallAudio(f.callId()))
					.accepting("validation.response.status.unknown", "status 200", "The 2025-11-04 document answers "
							+ "the call recording with 204 and no body; the API and the 2026-08-14 document send 200 "
							+ "`audio/wav`, which the client streams (204 when there is no recording)"),
				of("agents.listMetrics", (f) -> f.client().agents().listMetrics(PageRequest.ofSize(1))),
				of("agents.getMetric", (f) -> f.client().agents().getMetric(f.metricId())),
				of("agents.createMetric",
						(f) -> f.client()
							.agents()
							.createMetric(MetricCreateRequest.of("polite", "Was the agent polite?")
								.withDisplayName("Polite"))),
				of("agents.addMetricToAgent", (f) -> f.client().agents().addMetricToAgent(f.agentId(), f.metricId())),
				of("agents.removeMetricFromAgent",
						(f) -> f.client().agents().removeMetricFromAgent(f.agentId(), f.agentMetricId())),
				of("agents.listMetricResults",
						(f) -> f.client()
							.agents()
							.listMetricResults(MetricResultFilter.builder()
								.agentId(f.agentId())
								.deploymentId(f.deploymentId())
								.metricId(f.metricId())
								.callId(f.callId())
								.startDate(Instant.parse("2020-01-01T00:00:00Z"))
								.endDate(Instant.parse("2100-01-01T00:00:00Z"))
								.build(), PageRequest.ofSize(2))),
				of("agents.exportMetricResults",
						(f) -> f.client()
							.agents()
							.exportMetricResults(MetricResultFilter.builder().agentId(f.agentId()).build())),
				legacy("agents.exportMetricResultsPage",
						(f) -> f.client()
							.agents()
							.withOptions(version("2025-04-16"))
							.exportMetricResultsPage(MetricResultFilter.builder().agentId(f.agentId()).build(),
									PageRequest.ofSize(2)))
					.accepting("validation.request.parameter.query.unexpected", "'limit'", "The paged CSV export "
							+ "(`limit`, `starting_after`, `ending_before`, answered with `x-has-more`/`x-next-page` "
							+ "headers) is the 2025-04-16 form from the Fern SDKs; both documents only have the "
							+ "unpaged export, which exportMetricResults sends"),
				of("agents.listDeployments", (f) -> f.client().agents().listDeployments(f.agentId())),
				of("agents.getDeployment", (f) -> f.client().agents().getDeployment(f.deploymentId())));
	}

	static Stream<ContractCase> datasets() {
		return Stream.of(of("datasets.list", (f) -> f.client().datasets().list(PageRequest.ofSize(2))),
				of("datasets.create",
						(f) -> f.client().datasets().create(DatasetRequest.of("Podcast", "Two hosts, studio quality"))),
				of("datasets.get", (f) -> f.client().datasets().get(f.datasetId())),
				of("datasets.update",
						(f) -> f.client()
							.datasets()
							.update(f.datasetId(), DatasetRequest.of("Podcast S2", "Season two"))),
				of("datasets.delete", (f) -> f.client().datasets().delete(f.datasetId())),
				of("datasets.listFiles",
						(f) -> f.client().datasets().listFiles(f.datasetWithFileId(), PageRequest.ofSize(1))),
				of("datasets.uploadFile", (f) -> f.client().datasets().uploadFile(f.datasetId(), clip(), "fine_tune")),
				of("datasets.deleteFile",
						(f) -> f.client().datasets().deleteFile(f.datasetId(), f.datasetFileId())));
	}

	static Stream<ContractCase> fineTunes() {
		return Stream.of(of("fineTunes.list", (f) -> f.client().fineTunes().list(PageRequest.ofSize(2))),
				of("fineTunes.create",
						(f) -> f.client()
							.fineTunes()
							.create(FineTuneRequest.builder()
								.name("Narrator")
								.description("Audiobook narration")
								.language("en")
								.modelId(FineTuneRequest.SONIC_3_BASE_MODEL)
								.dataset(f.datasetId())
								.build())),
				of("fineTunes.get", (f) -> f.client().fineTunes().get(f.fineTuneId())),
				of("fineTunes.delete", (f) -> f.client().fineTunes().delete(f.fineTuneId())),
				of("fineTunes.listVoices",
						(f) -> f.client().fineTunes().listVoices(f.trainedFineTuneId(), PageRequest.ofSize(2)))
					.accepting(EXTRA_RESPONSE_FIELD, "\"accent\"", VOICE_ACCENT));
	}

	static Stream<ContractCase> pronunciationDicts() {
		return Stream.of(
				of("pronunciationDicts.list", (f) -> f.client().pronunciationDicts().list(PageRequest.ofSize(2)))
					.accepting(EXTRA_RESPONSE_FIELD, "\"case_sensitive\"", ITEM_CASE_SENSITIVE),
				of("pronunciationDicts.create",
						(f) -> f.client()
							.pronunciationDicts()
							.create(PronunciationDictCreateRequest.of("Brands",
									List.of(PronunciationDictItem.of("Sonic", "SAH-nik"),
											PronunciationDictItem.of("TTS", "tee tee ess").withCaseSensitive(true)))))
					.accepting(EXTRA_REQUEST_FIELD, "\"case_sensitive\"", ITEM_CASE_SENSITIVE)
					.accepting(EXTRA_RESPONSE_FIELD, "\"case_sensitive\"", ITEM_CASE_SENSITIVE),
				of("pronunciationDicts.get", (f) -> f.client().pronunciationDicts().get(f.pronunciationDictId())),
				of("pronunciationDicts.update",
						(f) -> f.client()
							.pronunciationDicts()
							.update(f.pronunciationDictId(), PronunciationDictUpdateRequest.name("Renamed")
								.withItems(List.of(PronunciationDictItem.of("Ink", "ink"))))),
				of("pronunciationDicts.delete", (f) -> f.client().pronunciationDicts().delete(f.pronunciationDictId())),
				legacy("pronunciationDicts.pin",
						(f) -> f.client()
							.pronunciationDicts()
							.withOptions(version("2025-04-16"))
							.pin(f.pronunciationDictId()))
					.accepting("validation.request.path.missing", "/pin'", PIN),
				legacy("pronunciationDicts.unpin", (f) -> f.client()
					.pronunciationDicts()
					.withOptions(version("2025-04-16"))
					.unpin(f.pronunciationDictId()))
					.accepting("validation.request.path.missing", "/unpin'", PIN));
	}

}
