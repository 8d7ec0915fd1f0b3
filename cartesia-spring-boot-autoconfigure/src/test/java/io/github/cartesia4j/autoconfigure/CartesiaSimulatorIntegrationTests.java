package io.github.cartesia4j.autoconfigure;

import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import io.github.cartesia4j.autoconfigure.health.CartesiaHealthContributorAutoConfiguration;
import io.github.cartesia4j.autoconfigure.metrics.CartesiaMetricsAutoConfiguration;
import io.github.cartesia4j.autoconfigure.resilience.CartesiaResilienceAutoConfiguration;
import io.github.cartesia4j.client.core.CartesiaAuthenticationException;
import io.github.cartesia4j.client.core.CartesiaBadRequestException;
import io.github.cartesia4j.client.tts.TtsClient;
import io.github.cartesia4j.client.tts.TtsEvent;
import io.github.cartesia4j.client.tts.TtsRequest;
import io.github.cartesia4j.metrics.MicrometerTtsRecorder;
import io.github.cartesia4j.test.simulator.CartesiaSimulator;
import io.github.cartesia4j.test.simulator.RecordedRequest;
import io.github.cartesia4j.test.simulator.SimulatorFault;

import static org.assertj.core.api.Assertions.assertThat;

class CartesiaSimulatorIntegrationTests {

	private final CartesiaSimulator simulator = CartesiaSimulator.start();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CartesiaAutoConfiguration.class,
				CartesiaResilienceAutoConfiguration.class, CartesiaMetricsAutoConfiguration.class,
				CartesiaHealthContributorAutoConfiguration.class, WebClientAutoConfiguration.class))
		.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
		.withPropertyValues("cartesia.api-key=sk_simulated", "cartesia.base-url=" + this.simulator.baseUrl(),
				"cartesia.tts.voice-id=voice-from-properties", "cartesia.tts.model-id=sonic-3-2025-10-27");

	@AfterEach
	void stopSimulator() {
		this.simulator.close();
	}

	@Test
	void bytesUsesConfiguredDefaultsAndReturnsWaveAudioAndRecordsMetrics() {
		this.contextRunner.run((context) -> {
			TtsClient tts = context.getBean(TtsClient.class);
			StepVerifier.create(tts.bytesToArray(TtsRequest.of("Hello from the simulator")))
				.assertNext((wav) -> {
					assertThat(new String(wav, 0, 4)).isEqualTo("RIFF");
					assertThat(new String(wav, 8, 4)).isEqualTo("WAVE");
					assertThat(wav.length).isGreaterThan(44 + 44100);
				})
				.expectComplete()
				.verify(Duration.ofSeconds(10));
			RecordedRequest request = this.simulator.requests().get(0);
			assertThat(request.path()).isEqualTo("/tts/bytes");
			assertThat(request.bodyAsString()).contains("\"voice-from-properties\"")
				.contains("\"sonic-3-2025-10-27\"")
				.contains("\"pcm_s16le\"");
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get(MicrometerTtsRecorder.TIME_TO_FIRST_AUDIO)
				.tags("transport", "bytes", "outcome", "SUCCESS", "model", "sonic-3-2025-10-27")
				.timer()
				.count()).isEqualTo(1);
			assertThat(registry.get(MicrometerTtsRecorder.CHARACTERS).counter().count()).isEqualTo(24);
		});
	}

	@Test
	void sseStreamsChunksThenWordTimestampsThenDone() {
		this.contextRunner.run((context) -> {
			TtsClient tts = context.getBean(TtsClient.class);
			List<TtsEvent> events = tts.sse(TtsRequest.builder().transcript("one two three").addTimestamps(true).build())
				.collectList()
				.block(Duration.ofSeconds(10));
			assertThat(events).last().isInstanceOf(TtsEvent.Done.class);
			assertThat(events).filteredOn(TtsEvent.Chunk.class::isInstance).isNotEmpty();
			List<String> words = events.stream()
				.filter(TtsEvent.Words.class::isInstance)
				.flatMap((event) -> ((TtsEvent.Words) event).timestamps().words().stream())
				.toList();
			assertThat(words).containsExactly("one", "two", "three");
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get(MicrometerTtsRecorder.LATENCY).tag("transport", "sse").timer().count())
				.isEqualTo(1);
		});
	}

	@Test
	void wrongKeyIsRejectedByTheSimulatorAsAuthenticationError() {
		try (CartesiaSimulator strict = CartesiaSimulator.builder().apiKey("sk_right").start()) {
			this.contextRunner.withPropertyValues("cartesia.base-url=" + strict.baseUrl()).run((context) -> {
				TtsClient tts = context.getBean(TtsClient.class);
				StepVerifier.create(tts.bytes(TtsRequest.of("Hi")))
					.expectError(CartesiaAuthenticationException.class)
					.verify(Duration.ofSeconds(10));
				assertThat(strict.requests()).hasSize(1);
			});
		}
	}

	@Test
	void bytesWithResponseRecordsAFailureBeforeHeadersToo() {
		this.simulator.faults().always("POST", "/tts/bytes", SimulatorFault.status(400));
		this.contextRunner.run((context) -> {
			StepVerifier.create(context.getBean(TtsClient.class).bytesWithResponse(TtsRequest.of("Hi")))
				.expectError(CartesiaBadRequestException.class)
				.verify(Duration.ofSeconds(10));
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get(MicrometerTtsRecorder.LATENCY).tag("outcome", "CLIENT_ERROR").timer().count())
				.isEqualTo(1);
		});
	}

}
