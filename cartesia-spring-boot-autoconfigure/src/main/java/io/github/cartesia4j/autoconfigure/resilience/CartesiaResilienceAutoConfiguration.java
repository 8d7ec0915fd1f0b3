package io.github.cartesia4j.autoconfigure.resilience;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.reactor.retry.RetryOperator;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import io.github.cartesia4j.autoconfigure.CartesiaProperties;
import io.github.cartesia4j.client.core.CartesiaCallDecorator;
import io.github.cartesia4j.resilience.CartesiaFailurePredicate;
import io.github.cartesia4j.resilience.CartesiaRetryInterval;
import io.github.cartesia4j.resilience.CartesiaRetryPredicate;
import io.github.cartesia4j.resilience.Resilience4jCallDecorator;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for the Resilience4j retry and circuit
 * breaker of each Cartesia resource. Uses the application's registries when
 * resilience4j-spring-boot provides them, so its instance properties apply.
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

	@Bean
	@ConditionalOnMissingBean
	CartesiaCallDecorator cartesiaCallDecorator(CartesiaProperties properties,
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

}
