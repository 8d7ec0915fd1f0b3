package io.github.cartesia4j.client.tts;

import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import io.github.cartesia4j.client.CartesiaClient;
import io.github.cartesia4j.testing.TestClients;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.cartesia4j.testing.RecordedRequests.assertJsonBody;
import static io.github.cartesia4j.testing.RecordedRequests.only;
import static io.github.cartesia4j.testing.TestClients.API_KEY;
import static io.github.cartesia4j.testing.TestClients.VOICE_ID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Wire format of {@link TtsClient} requests: method, path, headers and the exact JSON body.
 */
class TtsClientWireTests {

	private static final String DONE_ONLY = "data: {\"type\":\"done\",\"done\":true,\"status_code\":206}\n\n";

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@Test
	void bytesPostsToTtsBytesWithVersionAuthUserAgentAndAcceptHeaders() {
		stubBytes();
		CartesiaClient client = TestClients.client(wireMock.baseUrl());
		StepVerifier.create(client.tts().bytes(TestClients.request().build()))
			.expectNextCount(1)
			.expectComplete()
			.verify(Duration.ofSeconds(5));
		LoggedRequest request = only(wireMock);
		assertThat(request.getMethod().getName()).isEqualTo("POST");
		assertThat(request.getUrl()).isEqualTo("/tts/bytes");
		assertThat(request.getHeader("Cartesia-Version")).isEqualTo("2025-11-04");
		assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + API_KEY);
		assertThat(request.containsHeader("X-API-Key")).isFalse();
		assertThat(request.getHeader("User-Agent")).startsWith("cartesia-spring-boot/");
		assertThat(request.getHeader("Accept")).isEqualTo("audio/wav");
		assertThat(request.getHeader("Content-Type")).isEqualTo("application/json");
	}

	@Test
	void bytesSendsOnlyTheRequiredFieldsWhenOptionalsAreAbsent() {
		stubBytes();
		CartesiaClient client = TestClients.client(wireMock.baseUrl());
		StepVerifier.create(client.tts().bytes(TtsRequest.builder().transcript("Hi").voiceId(VOICE_ID).build()))
			.expectNextCount(1)
			.expectComplete()
			.verify(Duration.ofSeconds(5));
		assertJsonBody(only(wireMock), """
				{"model_id":"sonic-3","transcript":"Hi",
				 "voice":{"mode":"id","id":"%s"},
				 "output_format":{"container":"wav","encoding":"pcm_s16le","sample_rate":44100}}
				""".formatted(VOICE_ID));
	}

	@Test
	void bytesSendsEverySetFieldWithItsSnakeCaseName() {
		stubBytes();
		CartesiaClient client = TestClients.client(wireMock.baseUrl());
		TtsRequest request = TtsRequest.builder()
			.modelId("sonic-3-2025-10-27")
			.transcript("Hello, world!")
			.voiceId(VOICE_ID)
			.outputFormat(OutputFormat.wav(AudioEncoding.PCM_F32LE, 24000))
			.language("fr")
			.generationConfig(new GenerationConfig(1.5, 0.8, "calm"))
			.pronunciationDictId("dict-1")
			.save(true)
			.build();
		StepVerifier.create(client.tts().bytes(request))
			.expectNextCount(1)
			.expectComplete()
			.verify(Duration.ofSeconds(5));
		assertJsonBody(only(wireMock), """
				{"model_id":"sonic-3-2025-10-27","transcript":"Hello, world!",
				 "voice":{"mode":"id","id":"%s"},
				 "output_format":{"container":"wav","encoding":"pcm_f32le","sample_rate":24000},
				 "language":"fr",
				 "generation_config":{"volume":1.5,"speed":0.8,"emotion":"calm"},
				 "pronunciation_dict_id":"dict-1",
				 "save":true}
				""".formatted(VOICE_ID));
	}

	@Test
	void bytesSendsMp3OutputFormatWithBitRateAndWithoutEncoding() {
		stubBytes();
		CartesiaClient client = TestClients.client(wireMock.baseUrl());
		StepVerifier.create(client.tts()
			.bytes(TestClients.request().outputFormat(OutputFormat.mp3(44100, 128000)).build()))
			.expectNextCount(1)
			.expectComplete()
			.verify(Duration.ofSeconds(5));
		assertJsonBody(only(wireMock), """
				{"model_id":"sonic-3","transcript":"Hello, world!",
				 "voice":{"mode":"id","id":"%s"},
				 "output_format":{"container":"mp3","sample_rate":44100,"bit_rate":128000}}
				""".formatted(VOICE_ID));
	}

	@Test
	void bytesFillsModelVoiceFormatAndLanguageFromTtsDefaults() {
		stubBytes();
		TtsDefaults defaults = new TtsDefaults("sonic-3.5", VoiceSpecifier.id("default-voice"),
				OutputFormat.mp3(22050, 64000), "de");
		CartesiaClient client = TestClients.builder(wireMock.baseUrl()).ttsDefaults(defaults).build();
		StepVerifier.create(client.tts().bytes(TtsRequest.of("Guten Tag")))
			.expectNextCount(1)
			.expectComplete()
			.verify(Duration.ofSeconds(5));
		assertJsonBody(only(wireMock), """
				{"model_id":"sonic-3.5","transcript":"Guten Tag",
				 "voice":{"mode":"id","id":"default-voice"},
				 "output_format":{"container":"mp3","sample_rate":22050,"bit_rate":64000},
				 "language":"de"}
				""");
	}

	@Test
	void requestValuesWinOverTtsDefaults() {
		stubBytes();
		TtsDefaults defaults = new TtsDefaults("sonic-3.5", VoiceSpecifier.id("default-voice"),
				OutputFormat.mp3(22050, 64000), "de");
		CartesiaClient client = TestClients.builder(wireMock.baseUrl()).ttsDefaults(defaults).build();
		TtsRequest request = TestClients.request()
			.modelId("sonic-3")
			.outputFormat(OutputFormat.raw(AudioEncoding.PCM_MULAW, 8000))
			.locale("en-GB")
			.build();
		StepVerifier.create(client.tts().bytes(request))
			.expectNextCount(1)
			.expectComplete()
			.verify(Duration.ofSeconds(5));
		assertJsonBody(only(wireMock), """
				{"model_id":"sonic-3","transcript":"Hello, world!",
				 "voice":{"mode":"id","id":"%s"},
				 "output_format":{"container":"raw","encoding":"pcm_mulaw","sample_rate":8000},
				 "locale":"en-GB"}
				""".formatted(VOICE_ID));
	}

	@Test
	void ssePostsToTtsSseWithEventStreamAcceptAndEveryStreamingField() {
		wireMock.stubFor(post(urlPathEqualTo("/tts/sse"))
			.willReturn(aResponse().withHeader("Content-Type", "text/event-stream").withBody(DONE_ONLY)));
		CartesiaClient client = TestClients.client(wireMock.baseUrl());
		TtsRequest request = TestClients.request()
			.outputFormat(OutputFormat.raw(AudioEncoding.PCM_S16LE, 16000))
			.language("en")
			.generationConfig(new GenerationConfig(null, 1.2, null))
			.contextId("ctx-1")
			.addTimestamps(true)
			.addPhonemeTimestamps(true)
			.useNormalizedTimestamps(false)
			.build();
		StepVerifier.create(client.tts().sse(request))
			.expectNextMatches(TtsEvent.Done.class::isInstance)
			.expectComplete()
			.verify(Duration.ofSeconds(5));
		LoggedRequest recorded = only(wireMock);
		assertThat(recorded.getMethod().getName()).isEqualTo("POST");
		assertThat(recorded.getUrl()).isEqualTo("/tts/sse");
		assertThat(recorded.getHeader("Accept")).isEqualTo("text/event-stream");
		assertThat(recorded.getHeader("Content-Type")).isEqualTo("application/json");
		assertThat(recorded.getHeader("Cartesia-Version")).isEqualTo("2025-11-04");
		assertThat(recorded.getHeader("Authorization")).isEqualTo("Bearer " + API_KEY);
		assertJsonBody(recorded, """
				{"model_id":"sonic-3","transcript":"Hello, world!",
				 "voice":{"mode":"id","id":"%s"},
				 "output_format":{"container":"raw","encoding":"pcm_s16le","sample_rate":16000},
				 "language":"en",
				 "generation_config":{"speed":1.2},
				 "context_id":"ctx-1",
				 "add_timestamps":true,
				 "add_phoneme_timestamps":true,
				 "use_normalized_timestamps":false}
				""".formatted(VOICE_ID));
	}

	@Test
	void sseTurnsTheDefaultWavFormatIntoItsRawEquivalent() {
		wireMock.stubFor(post(urlPathEqualTo("/tts/sse"))
			.willReturn(aResponse().withHeader("Content-Type", "text/event-stream").withBody(DONE_ONLY)));
		CartesiaClient client = TestClients.client(wireMock.baseUrl());
		StepVerifier.create(client.tts().sse(TestClients.request().build()))
			.expectNextCount(1)
			.expectComplete()
			.verify(Duration.ofSeconds(5));
		assertJsonBody(only(wireMock), """
				{"model_id":"sonic-3","transcript":"Hello, world!",
				 "voice":{"mode":"id","id":"%s"},
				 "output_format":{"container":"raw","encoding":"pcm_s16le","sample_rate":44100}}
				""".formatted(VOICE_ID));
	}

	private static void stubBytes() {
		wireMock.stubFor(post(urlPathEqualTo("/tts/bytes"))
			.willReturn(aResponse().withHeader("Content-Type", "audio/wav").withBody(new byte[] { 1, 2, 3 })));
	}

}
