package io.github.cartesia4j.resilience;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.github.resilience4j.reactor.retry.RetryOperator;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import reactor.core.publisher.Flux;

import io.github.cartesia4j.client.core.CartesiaCall;
import io.github.cartesia4j.client.core.CartesiaCallDecorator;

/**
 * Applies a Resilience4j circuit breaker and retry per resource, named
 * {@code cartesia-<resource>} (for example {@code cartesia-tts}). Instances come from the given
 * registries, so {@code resilience4j.*.instances.cartesia-tts.*} properties apply when
 * resilience4j-spring-boot is present; otherwise the supplied defaults are used. Each attempt
 * passes through the breaker; a per-call {@code maxRetries} overrides the attempt count.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public final class Resilience4jCallDecorator implements CartesiaCallDecorator {

	/**
	 * Prefix of every instance name.
	 */
	public static final String PREFIX = "cartesia-";

	private final RetryRegistry retries;

	private final CircuitBreakerRegistry circuitBreakers;

	private final RetryConfig retryDefaults;

	private final CircuitBreakerConfig circuitBreakerDefaults;

	public Resilience4jCallDecorator(RetryRegistry retries, CircuitBreakerRegistry circuitBreakers,
			RetryConfig retryDefaults, CircuitBreakerConfig circuitBreakerDefaults) {
		this.retries = retries;
		this.circuitBreakers = circuitBreakers;
		this.retryDefaults = retryDefaults;
		this.circuitBreakerDefaults = circuitBreakerDefaults;
	}

	@Override
	public <T> Flux<T> decorate(CartesiaCall call, Flux<T> source) {
		String name = PREFIX + call.resource();
		CircuitBreaker circuitBreaker = this.circuitBreakers.circuitBreaker(name, () -> this.circuitBreakerDefaults);
		Retry retry = this.retries.retry(name, () -> this.retryDefaults);
		Integer maxRetries = call.options().maxRetries();
		if (maxRetries != null) {
			retry = Retry.of(name, RetryConfig.from(retry.getRetryConfig()).maxAttempts(maxRetries + 1).build());
		}
		return source.transformDeferred(CircuitBreakerOperator.of(circuitBreaker))
			.transformDeferred(RetryOperator.of(retry));
	}

	/**
	 * Return the registry the retries come from.
	 * @return the retry registry
	 */
	public RetryRegistry retryRegistry() {
		return this.retries;
	}

	/**
	 * Return the registry the circuit breakers come from.
	 * @return the circuit breaker registry
	 */
	public CircuitBreakerRegistry circuitBreakerRegistry() {
		return this.circuitBreakers;
	}

	/**
	 * Return the circuit breaker of a resource.
	 * @param resource the resource name, for example {@code tts}
	 * @return the breaker
	 */
	public CircuitBreaker circuitBreaker(String resource) {
		return this.circuitBreakers.circuitBreaker(PREFIX + resource, () -> this.circuitBreakerDefaults);
	}

	/**
	 * Return the retry of a resource.
	 * @param resource the resource name, for example {@code tts}
	 * @return the retry
	 */
	public Retry retry(String resource) {
		return this.retries.retry(PREFIX + resource, () -> this.retryDefaults);
	}

}
