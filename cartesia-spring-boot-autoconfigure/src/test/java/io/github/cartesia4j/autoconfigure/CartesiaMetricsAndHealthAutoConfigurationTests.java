package io.github.cartesia4j.autoconfigure;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import io.github.cartesia4j.autoconfigure.health.CartesiaHealthContributorAutoConfiguration;
import io.github.cartesia4j.autoconfigure.metrics.CartesiaMetricsAutoConfiguration;
import io.github.cartesia4j.client.tts.TtsRecorder;
import io.github.cartesia4j.health.CartesiaHealthIndicator;
import io.github.cartesia4j.metrics.MicrometerTtsRecorder;

import static org.assertj.core.api.Assertions.assertThat;

class CartesiaMetricsAndHealthAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CartesiaAutoConfiguration.class,
				CartesiaMetricsAutoConfiguration.class, CartesiaHealthContributorAutoConfiguration.class,
				WebClientAutoConfiguration.class))
		.withPropertyValues("cartesia.api-key=sk_test");

	@Test
	void whenMeterRegistryExistsThenTtsTimingsAreRecorded() {
		this.contextRunner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
			.run((context) -> assertThat(context).getBean(TtsRecorder.class).isInstanceOf(MicrometerTtsRecorder.class));
	}

	@Test
	void whenNoMeterRegistryThenNoRecorder() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(TtsRecorder.class));
	}

	@Test
	void whenActuatorHealthIsPresentThenCartesiaIndicatorIsRegistered() {
		this.contextRunner.run((context) -> assertThat(context).hasSingleBean(CartesiaHealthIndicator.class)
			.hasBean("cartesiaHealthIndicator"));
	}

	@Test
	void whenHealthIndicatorIsDisabledThenItIsNotRegistered() {
		this.contextRunner.withPropertyValues("management.health.cartesia.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(CartesiaHealthIndicator.class));
	}

	@Test
	void whenHealthClassesAreAbsentThenNoIndicator() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(AbstractReactiveHealthIndicator.class))
			.run((context) -> assertThat(context).doesNotHaveBean(CartesiaHealthIndicator.class));
	}

	@Test
	void whenApiKeyIsMissingThenNoIndicator() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CartesiaAutoConfiguration.class,
					CartesiaHealthContributorAutoConfiguration.class, WebClientAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(CartesiaHealthIndicator.class));
	}

	@Test
	void whenUserDefinesIndicatorThenAutoConfiguredOneBacksOff() {
		this.contextRunner.withBean("cartesiaHealthIndicator", String.class, () -> "mine")
			.run((context) -> assertThat(context).doesNotHaveBean(CartesiaHealthIndicator.class));
	}

}
