package io.github.cartesia4j.faults;

import java.time.Duration;
import java.util.Collections;
import java.util.List;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import io.github.cartesia4j.autoconfigure.CartesiaProperties;
import io.github.cartesia4j.client.CartesiaClient;
import io.github.cartesia4j.metrics.MicrometerTtsRecorder;
import io.github.cartesia4j.resilience.Resilience4jCallDecorator;
import io.github.cartesia4j.testing.TestClients;

/**
 * A client wired like the starter wires it, with its meters and breakers in reach: 3
 * attempts, 10-50 ms backoff, {@code Retry-After} honoured up to 2 s, the starter's default
 * circuit breaker, and short timeouts so that faults show quickly.
 *
 * @param client the client
 * @param decorator its retries and breakers
 * @param registry its TTS meters
 * @author cartesia4j
 */
record FaultClient(CartesiaClient client, Resilience4jCallDecorator decorator, SimpleMeterRegistry registry) {

	static final Duration FIRST_BYTE_TIMEOUT = Duration.ofSeconds(1);

	static final Duration CHUNK_TIMEOUT = Duration.ofSeconds(1);

	static FaultClient create(String baseUrl) {
		return create(baseUrl, defaultBreaker().build());
	}

	static FaultClient create(String baseUrl, CircuitBreakerConfig breaker) {
		return create(TestClients.builder(baseUrl), breaker);
	}

	static FaultClient create(CartesiaClient.Builder builder, CircuitBreakerConfig breaker) {
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		Resilience4jCallDecorator decorator = TestClients.resilience(breaker);
		CartesiaClient client = builder.firstByteTimeout(FIRST_BYTE_TIMEOUT)
			.chunkTimeout(CHUNK_TIMEOUT)
			.callDecorator(decorator)
			.ttsRecorder(new MicrometerTtsRecorder(registry))
			.build();
		return new FaultClient(client, decorator, registry);
	}

	/**
	 * The circuit breaker settings the starter applies by default.
	 * @return the settings builder
	 */
	static CircuitBreakerConfig.Builder defaultBreaker() {
		return defaultBreaker(new CartesiaProperties().getResilience().getWaitDurationInOpenState());
	}

	/**
	 * The circuit breaker settings the starter applies by default, with another wait in the
	 * open state.
	 * @param waitInOpenState how long the breaker stays open
	 * @return the settings builder
	 */
	static CircuitBreakerConfig.Builder defaultBreaker(Duration waitInOpenState) {
		CartesiaProperties.Resilience defaults = new CartesiaProperties().getResilience();
		return TestClients.circuitBreaker()
			.failureRateThreshold(defaults.getFailureRateThreshold())
			.slidingWindowSize(defaults.getSlidingWindowSize())
			.minimumNumberOfCalls(defaults.getMinimumNumberOfCalls())
			.waitDurationInOpenState(waitInOpenState)
			.permittedNumberOfCallsInHalfOpenState(defaults.getPermittedCallsInHalfOpenState());
	}

	CircuitBreaker breaker(String resource) {
		return this.decorator.circuitBreaker(resource);
	}

	/**
	 * Return the {@code outcome} tags of every recorded TTS latency sample.
	 * @return one tag per sample
	 */
	List<String> ttsOutcomes() {
		return this.registry.find(MicrometerTtsRecorder.LATENCY)
			.timers()
			.stream()
			.flatMap((timer) -> Collections.nCopies((int) timer.count(), outcome(timer)).stream())
			.toList();
	}

	private static String outcome(Timer timer) {
		return timer.getId().getTag("outcome");
	}

}
