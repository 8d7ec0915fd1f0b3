package io.github.cartesia4j.autoconfigure.resilience;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.reactor.retry.RetryOperator;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import io.github.cartesia4j.autoconfigure.CartesiaProperties;
import io.github.cartesia4j.resilience.CartesiaFailurePredicate;
import io.github.cartesia4j.resilience.CartesiaRetryInterval;
import io.github.cartesia4j.resilience.CartesiaRetryPredicate;
import io.github.cartesia4j.resilience.Resilience4jCallDecorator;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for the Resilience4j retry and circuit
 * breaker of each Cartesia resource. Uses the application's registries when
 * resilience4j-spring-boot provides them, so its instance properties (and its metrics) apply;
 * otherwise publishes the standard Resilience4j meters of the library's own registries.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
@AutoConfiguration(afterName = { "io.github.resilience4j.springboot.retry.autoconfigure.RetryAutoConfiguration",
		"io.github.resilience4j.springboot.circuitbreaker.autoconfigure.CircuitBreakerAutoConfiguration" })
@ConditionalOnClass({ Retry.class, CircuitBreaker.class, RetryOperator.class })
@ConditionalOnBooleanProperty(name = "cartesia.resilience.enabled", matchIfMissing = true)
@EnableConfigurationProperties(CartesiaProperties.class)
public final class CartesiaResilienceAutoConfiguration {

	/**
	 * Order of the resilience decorator: innermost, so that retries happen inside the other
	 * decorators (one observation per call, retries included).
	 */
	static final int ORDER = 0;

	@Bean
	@Order(ORDER)
	@ConditionalOnMissingBean
	Resilience4jCallDecorator cartesiaResilienceCallDecorator(CartesiaProperties properties,
			ObjectProvider<RetryRegistry> retryRegistry, ObjectProvider<CircuitBreakerRegistry> circuitBreakerRegistry) {
		CartesiaProperties.Resilience resilience = properties.getResilience();
		RetryConfig retry = RetryConfig.custom()
			.maxAttempts(resilience.getMaxAttempts())
			.retryOnException(new CartesiaRetryPredicate())
			.intervalBiFunction(new CartesiaRetryInterval(resilience.getInitialBackoff(), resilience.getMaxBackoff(),
					resilience.getMaxRetryAfter()))
			.build();
		CircuitBreakerConfig circuitBreaker = CircuitBreakerConfig.custom()
			.recordException(new CartesiaFailurePredicate())
			.failureRateThreshold(resilience.getFailureRateThreshold())
			.slidingWindowSize(resilience.getSlidingWindowSize())
			.minimumNumberOfCalls(resilience.getMinimumNumberOfCalls())
			.waitDurationInOpenState(resilience.getWaitDurationInOpenState())
			.permittedNumberOfCallsInHalfOpenState(resilience.getPermittedCallsInHalfOpenState())
			.build();
		return new Resilience4jCallDecorator(retryRegistry.getIfAvailable(RetryRegistry::ofDefaults),
				circuitBreakerRegistry.getIfAvailable(CircuitBreakerRegistry::ofDefaults), retry, circuitBreaker);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ TaggedRetryMetrics.class, MeterBinder.class })
	static class MetricsConfiguration {

		@Bean
		MeterBinder cartesiaResilienceMeterBinder(Resilience4jCallDecorator decorator,
				ObjectProvider<RetryRegistry> retryRegistry,
				ObjectProvider<CircuitBreakerRegistry> circuitBreakerRegistry) {
			return (meterRegistry) -> {
				if (decorator.retryRegistry() != retryRegistry.getIfAvailable()) {
					TaggedRetryMetrics.ofRetryRegistry(decorator.retryRegistry()).bindTo(meterRegistry);
				}
				if (decorator.circuitBreakerRegistry() != circuitBreakerRegistry.getIfAvailable()) {
					TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(decorator.circuitBreakerRegistry())
						.bindTo(meterRegistry);
				}
			};
		}

	}

}
