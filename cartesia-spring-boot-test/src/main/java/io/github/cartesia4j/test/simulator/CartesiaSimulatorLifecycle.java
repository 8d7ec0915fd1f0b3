package io.github.cartesia4j.test.simulator;

import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Stops the simulator started by {@link CartesiaSimulatorEnvironmentPostProcessor} when
 * the application context it configured closes or fails to start, with a JVM shutdown hook
 * as a fallback.
 *
 * @author cartesia4j
 */
final class CartesiaSimulatorLifecycle implements SmartApplicationListener {

	private final CartesiaSimulator simulator;

	private final Environment environment;

	private final Thread shutdownHook;

	CartesiaSimulatorLifecycle(CartesiaSimulator simulator, Environment environment) {
		this.simulator = simulator;
		this.environment = environment;
		this.shutdownHook = new Thread(simulator::close, "cartesia-simulator-shutdown");
	}

	void registerShutdownHook() {
		Runtime.getRuntime().addShutdownHook(this.shutdownHook);
	}

	@Override
	public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
		return ContextClosedEvent.class.isAssignableFrom(eventType)
				|| ApplicationFailedEvent.class.isAssignableFrom(eventType);
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof ContextClosedEvent closed
				&& closed.getApplicationContext().getEnvironment() != this.environment) {
			return;
		}
		stop();
	}

	private void stop() {
		this.simulator.close();
		try {
			Runtime.getRuntime().removeShutdownHook(this.shutdownHook);
		}
		catch (IllegalStateException ex) {
			// The JVM is already shutting down: the hook runs or has run, which is harmless.
		}
	}

}
