package io.github.cartesia4j.autoconfigure;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import io.github.cartesia4j.client.core.CartesiaConcurrencyLimitException;
import io.github.cartesia4j.client.tts.TtsClient;
import io.github.cartesia4j.client.tts.TtsRequest;
import io.github.cartesia4j.test.simulator.CartesiaSimulator;

import static org.assertj.core.api.Assertions.assertThat;

class CartesiaConcurrencyLimitIntegrationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final CartesiaSimulator simulator = CartesiaSimulator.builder().chunkDelay(Duration.ofMillis(20)).start();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CartesiaAutoConfiguration.class, WebClientAutoConfiguration.class))
		.withPropertyValues("cartesia.api-key=sk_test", "cartesia.base-url=" + this.simulator.baseUrl(),
				"cartesia.tts.voice-id=v");

	@AfterEach
	void stop() {
		this.simulator.close();
	}

	@Test
	void whenAllSlotsAreTakenAndWaitingIsOffThenTheCallFailsWithoutBeingSent() {
		this.contextRunner.withPropertyValues("cartesia.concurrency.max-in-flight=1", "cartesia.concurrency.max-wait=0s")
			.run((context) -> {
				TtsClient tts = context.getBean(TtsClient.class);
				Sinks.Empty<Void> release = Sinks.empty();
				StepVerifier.create(tts.bytes(TtsRequest.of("a long sentence that keeps streaming for a while"))
					.takeUntilOther(release.asMono()))
					.expectNextCount(1)
					.then(() -> StepVerifier.create(tts.bytes(TtsRequest.of("second")))
						.expectError(CartesiaConcurrencyLimitException.class)
						.verify(TIMEOUT))
					.then(() -> assertThat(this.simulator.requests()).hasSize(1))
					.then(release::tryEmitEmpty)
					.thenConsumeWhile((chunk) -> true)
					.expectComplete()
					.verify(TIMEOUT);
				StepVerifier.create(tts.bytesToArray(TtsRequest.of("third")))
					.assertNext((audio) -> assertThat(audio).isNotEmpty())
					.expectComplete()
					.verify(TIMEOUT);
				assertThat(this.simulator.requests()).hasSize(2);
			});
	}

	@Test
	void whenWaitingIsAllowedThenCallsQueueAndAllSucceed() {
		this.contextRunner.withPropertyValues("cartesia.concurrency.max-in-flight=2")
			.run((context) -> {
				TtsClient tts = context.getBean(TtsClient.class);
				StepVerifier.create(Flux.range(0, 6)
					.flatMap((i) -> tts.bytesToArray(TtsRequest.of("call " + i)))
					.count()).expectNext(6L).expectComplete().verify(TIMEOUT);
				assertThat(this.simulator.requests()).hasSize(6);
			});
	}

	@Test
	void whenTheLimitIsInvalidThenStartupFailsNamingTheProperty() {
		this.contextRunner.withPropertyValues("cartesia.concurrency.max-in-flight=0")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasStackTraceContaining("Invalid Cartesia configuration 'cartesia.concurrency'"));
	}

}
