package io.github.cartesia4j.test.context;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

import io.github.cartesia4j.test.simulator.CartesiaSimulator;

/**
 * Starts a {@link CartesiaSimulator} for a test application context, points the
 * {@code cartesia.*} properties at it and registers it as the {@code cartesiaSimulator} bean.
 *
 * @author cartesia4j
 */
class CartesiaSimulatorContextCustomizer implements ContextCustomizer {

	static final String BEAN_NAME = "cartesiaSimulator";

	private final String apiKey;

	private final long chunkDelayMillis;

	CartesiaSimulatorContextCustomizer(String apiKey, long chunkDelayMillis) {
		this.apiKey = apiKey;
		this.chunkDelayMillis = chunkDelayMillis;
	}

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
		CartesiaSimulator simulator = CartesiaSimulator.builder()
			.apiKey(this.apiKey.isBlank() ? null : this.apiKey)
			.chunkDelay(Duration.ofMillis(this.chunkDelayMillis))
			.start();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("cartesiaSimulatorTest", Map.of("cartesia.base-url", simulator.baseUrl(),
					"cartesia.api-key", this.apiKey.isBlank() ? "simulator" : this.apiKey)));
		DefaultListableBeanFactory beanFactory = (DefaultListableBeanFactory) context.getBeanFactory();
		beanFactory.registerSingleton(BEAN_NAME, simulator);
		beanFactory.registerDisposableBean(BEAN_NAME, simulator::close);
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof CartesiaSimulatorContextCustomizer that && this.apiKey.equals(that.apiKey)
				&& this.chunkDelayMillis == that.chunkDelayMillis;
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.apiKey, this.chunkDelayMillis);
	}

}
