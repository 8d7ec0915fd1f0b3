package io.github.cartesia4j.autoconfigure;

import java.time.Duration;

import io.micrometer.common.KeyValues;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import io.github.cartesia4j.autoconfigure.observation.CartesiaObservationAutoConfiguration;
import io.github.cartesia4j.autoconfigure.resilience.CartesiaResilienceAutoConfiguration;
import io.github.cartesia4j.client.CartesiaClient;
import io.github.cartesia4j.client.core.CartesiaNotFoundException;
import io.github.cartesia4j.observation.CartesiaClientObservationContext;
import io.github.cartesia4j.observation.CartesiaObservationConvention;
import io.github.cartesia4j.observation.DefaultCartesiaObservationConvention;
import io.github.cartesia4j.observation.ObservationCallDecorator;
import io.github.cartesia4j.test.simulator.CartesiaSimulator;
import io.github.cartesia4j.test.simulator.SimulatorFault;

import static org.assertj.core.api.Assertions.assertThat;

class CartesiaObservationAutoConfigurationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final CartesiaSimulator simulator = CartesiaSimulator.start();

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CartesiaAutoConfiguration.class,
				CartesiaResilienceAutoConfiguration.class, CartesiaObservationAutoConfiguration.class,
				WebClientAutoConfiguration.class))
		.withBean(MeterRegistry.class, () -> this.meters)
		.withBean(ObservationRegistry.class, () -> {
			ObservationRegistry registry = ObservationRegistry.create();
			registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(this.meters));
			return registry;
		})
		.withPropertyValues("cartesia.api-key=sk_test", "cartesia.base-url=" + this.simulator.baseUrl(),
				"cartesia.resilience.initial-backoff=1ms");

	@AfterEach
	void stop() {
		this.simulator.close();
	}

	@Test
	void everyCallIsObservedOnceWithItsResourceOperationOutcomeAndStatus() {
		this.simulator.faults().next("GET", "/", SimulatorFault.status(503));
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(ObservationCallDecorator.class);
			CartesiaClient client = context.getBean(CartesiaClient.class);
			StepVerifier.create(client.apiStatus().get()).expectNextCount(1).expectComplete().verify(TIMEOUT);
			StepVerifier.create(client.voices().get("no-such-voice"))
				.expectError(CartesiaNotFoundException.class)
				.verify(TIMEOUT);
			assertThat(this.meters.get(DefaultCartesiaObservationConvention.NAME)
				.tags("resource", "api-status", "operation", "get", "outcome", "SUCCESS", "status", "200")
				.timer()
				.count()).isEqualTo(1);
			assertThat(this.meters.get(DefaultCartesiaObservationConvention.NAME)
				.tags("resource", "voices", "operation", "get", "outcome", "CLIENT_ERROR", "status", "404")
				.timer()
				.count()).isEqualTo(1);
			assertThat(this.simulator.requests()).hasSize(3);
		});
	}

	@Test
	void aConventionBeanChangesTheObservation() {
		this.contextRunner.withBean(CartesiaObservationConvention.class, () -> new DefaultCartesiaObservationConvention() {

			@Override
			public String getName() {
				return "my.cartesia.calls";
			}

			@Override
			public KeyValues getLowCardinalityKeyValues(CartesiaClientObservationContext context) {
				return super.getLowCardinalityKeyValues(context).and("team", "voice");
			}

		}).run((context) -> {
			StepVerifier.create(context.getBean(CartesiaClient.class).apiStatus().get())
				.expectNextCount(1)
				.expectComplete()
				.verify(TIMEOUT);
			assertThat(this.meters.get("my.cartesia.calls").tag("team", "voice").timer().count()).isEqualTo(1);
		});
	}

	@Test
	void withoutAnObservationRegistryThereIsNoObservationDecorator() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CartesiaAutoConfiguration.class,
					CartesiaObservationAutoConfiguration.class, WebClientAutoConfiguration.class))
			.withPropertyValues("cartesia.api-key=sk_test")
			.run((context) -> assertThat(context).doesNotHaveBean(ObservationCallDecorator.class));
	}

}
