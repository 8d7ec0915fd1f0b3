package io.github.cartesia4j.client.tts;

import java.time.Duration;
import java.util.function.Supplier;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

import io.github.cartesia4j.client.CartesiaClient;
import io.github.cartesia4j.testing.RecordedRequests;
import io.github.cartesia4j.testing.TestClients;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Invalid {@link TtsRequest}s are refused with an {@link IllegalArgumentException} that names
 * the field, and nothing is sent.
 */
class TtsClientValidationWireTests {

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private CartesiaClient client;

	@BeforeEach
	void stubEverything() {
		wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("unexpected")));
		this.client = TestClients.client(wireMock.baseUrl());
	}

	@AfterEach
	void nothingWasSent() {
		assertThat(RecordedRequests.all(wireMock)).isEmpty();
	}

	@Test
	void blankTranscriptIsRefused() {
		assertRefused(() -> this.client.tts().bytes(TtsRequest.builder().transcript("  ").voiceId("v").build()),
				"'transcript'");
	}

	@Test
	void missingTranscriptIsRefused() {
		assertRefused(() -> this.client.tts().bytes(TtsRequest.builder().voiceId("v").build()), "'transcript'");
	}

	@Test
	void mp3WithoutBitRateIsRefused() {
		assertRefused(() -> this.client.tts()
			.bytes(TestClients.request().outputFormat(new OutputFormat(Container.MP3, null, 44100, null)).build()),
				"'output_format.bit_rate'");
	}

	@Test
	void mp3WithAnUnsupportedBitRateIsRefused() {
		assertRefused(() -> this.client.tts().bytes(TestClients.request().outputFormat(OutputFormat.mp3(44100, 100))
			.build()), "'output_format.bit_rate'");
	}

	@Test
	void rawWithoutEncodingIsRefused() {
		assertRefused(() -> this.client.tts()
			.sse(TestClients.request().outputFormat(new OutputFormat(Container.RAW, null, 16000, null)).build()),
				"'output_format.encoding'");
	}

	@Test
	void wavWithoutEncodingIsRefused() {
		assertRefused(() -> this.client.tts()
			.bytes(TestClients.request().outputFormat(new OutputFormat(Container.WAV, null, 16000, null)).build()),
				"'output_format.encoding'");
	}

	@Test
	void missingVoiceWithoutADefaultVoiceIsRefused() {
		assertRefused(() -> this.client.tts().bytes(TtsRequest.of("Hello")), "'voice'");
	}

	@Test
	void missingVoiceWithoutADefaultVoiceIsRefusedForSse() {
		assertRefused(() -> this.client.tts().sse(TtsRequest.of("Hello")), "'voice'");
	}

	@Test
	void missingVoiceWithoutADefaultVoiceIsRefusedForBytesAsDataBuffers() {
		assertRefused(() -> this.client.tts().bytesAsDataBuffers(TtsRequest.of("Hello")), "'voice'");
	}

	@Test
	void blankTranscriptIsRefusedForBytesAsDataBuffers() {
		assertRefused(() -> this.client.tts()
			.bytesAsDataBuffers(TtsRequest.builder().transcript(" ").voiceId("v").build()), "'transcript'");
	}

	@Test
	void missingVoiceWithoutADefaultVoiceIsRefusedForBytesWithResponse() {
		assertRefused(() -> this.client.tts().bytesWithResponse(TtsRequest.of("Hello")), "'voice'");
	}

	@Test
	void sseWithAWavContainerIsRefused() {
		assertRefused(() -> this.client.tts()
			.sse(TestClients.request().outputFormat(OutputFormat.wav(AudioEncoding.PCM_S16LE, 44100)).build()),
				"'output_format.container'");
	}

	@Test
	void sseWithAnMp3ContainerIsRefused() {
		assertRefused(() -> this.client.tts().sse(TestClients.request().outputFormat(OutputFormat.mp3(44100, 128000))
			.build()), "'output_format.container'");
	}

	@Test
	void sampleRateOutsideTheSupportedSetIsRefused() {
		assertRefused(() -> this.client.tts()
			.bytes(TestClients.request().outputFormat(OutputFormat.raw(AudioEncoding.PCM_S16LE, 12345)).build()),
				"'output_format.sample_rate'");
	}

	@Test
	void generationConfigVolumeAboveRangeIsRefused() {
		assertRefused(() -> this.client.tts()
			.bytes(TestClients.request().generationConfig(new GenerationConfig(2.5, null, null)).build()),
				"'generation_config.volume'");
	}

	@Test
	void generationConfigSpeedBelowRangeIsRefused() {
		assertRefused(() -> this.client.tts()
			.bytes(TestClients.request().generationConfig(new GenerationConfig(null, 0.5, null)).build()),
				"'generation_config.speed'");
	}

	@Test
	void languageAndLocaleTogetherAreRefused() {
		assertRefused(() -> this.client.tts().bytes(TestClients.request().language("en").locale("en-GB").build()),
				"'language'");
	}

	private static void assertRefused(Supplier<? extends Publisher<?>> call, String field) {
		Throwable failure = catchThrowable(() -> Flux.from(call.get()).blockLast(Duration.ofSeconds(5)));
		assertThat(failure).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(field);
	}

}
