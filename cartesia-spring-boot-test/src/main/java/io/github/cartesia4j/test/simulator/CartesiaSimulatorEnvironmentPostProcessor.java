package io.github.cartesia4j.test.simulator;

import java.util.Map;

import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * {@link EnvironmentPostProcessor} that runs an application on a {@link CartesiaSimulator}
 * when {@code cartesia.simulator.enabled} is {@code true} and {@code cartesia.api-key} is
 * not set: it starts a simulator, points {@code cartesia.base-url} at it and sets
 * {@code cartesia.api-key} through a highest-precedence property source named
 * {@value #PROPERTY_SOURCE_NAME}. The simulator stops with the application context, or at
 * the latest when the JVM exits.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public class CartesiaSimulatorEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	/**
	 * Name of the property source pointing the application at the simulator.
	 */
	public static final String PROPERTY_SOURCE_NAME = "cartesiaSimulator";

	/**
	 * Property that enables the simulator.
	 */
	public static final String ENABLED_PROPERTY = "cartesia.simulator.enabled";

	/**
	 * API key the application is given when it runs on the simulator.
	 */
	public static final String SIMULATOR_API_KEY = "simulator";

	private final Log logger;

	/**
	 * Create a new instance.
	 * @param logFactory the factory of the log, which replays once logging is set up
	 */
	public CartesiaSimulatorEnvironmentPostProcessor(DeferredLogFactory logFactory) {
		this.logger = logFactory.getLog(CartesiaSimulatorEnvironmentPostProcessor.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.getProperty(ENABLED_PROPERTY, Boolean.class, false)
				|| StringUtils.hasText(environment.getProperty("cartesia.api-key"))
				|| environment.getPropertySources().contains(PROPERTY_SOURCE_NAME)) {
			return;
		}
		CartesiaSimulator simulator = CartesiaSimulator.start();
		environment.getPropertySources()
			.addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME,
					Map.of("cartesia.base-url", simulator.baseUrl(), "cartesia.api-key", SIMULATOR_API_KEY)));
		CartesiaSimulatorLifecycle lifecycle = new CartesiaSimulatorLifecycle(simulator, environment);
		application.addListeners(lifecycle);
		lifecycle.registerShutdownHook();
		this.logger.info("No Cartesia API key set: the application runs on the Cartesia simulator at "
				+ simulator.baseUrl());
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
