package io.github.cartesia4j.autoconfigure;

import io.github.resilience4j.reactor.retry.RetryOperator;
import io.github.resilience4j.springboot.circuitbreaker.autoconfigure.CircuitBreakerAutoConfiguration;
import io.github.resilience4j.springboot.retry.autoconfigure.RetryAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import io.github.cartesia4j.autoconfigure.resilience.CartesiaResilienceAutoConfiguration;
import io.github.cartesia4j.client.CartesiaClient;
import io.github.cartesia4j.client.core.CartesiaCallDecorator;
import io.github.cartesia4j.resilience.CartesiaRetryPredicate;
import io.github.cartesia4j.resilience.Resilience4jCallDecorator;

import static org.assertj.core.api.Assertions.assertThat;

class CartesiaResilienceAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CartesiaAutoConfiguration.class,
				CartesiaResilienceAutoConfiguration.class, WebClientAutoConfiguration.class))
		.withPropertyValues("cartesia.api-key=sk_test");

	@Test
	void whenResilience4jIsPresentThenCallsAreDecorated() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(CartesiaCallDecorator.class);
			Resilience4jCallDecorator decorator = context.getBean(Resilience4jCallDecorator.class);
			assertThat(decorator.retry("tts").getName()).isEqualTo("cartesia-tts");
			assertThat(decorator.retry("tts").getRetryConfig().getMaxAttempts()).isEqualTo(3);
			assertThat(decorator.circuitBreaker("api-status").getName()).isEqualTo("cartesia-api-status");
		});
	}

	@Test
	void whenResiliencePropertiesAreSetThenDefaultsFollowThem() {
		this.contextRunner
			.withPropertyValues("cartesia.resilience.max-attempts=5", "cartesia.resilience.sliding-window-size=7")
			.run((context) -> {
				Resilience4jCallDecorator decorator = context.getBean(Resilience4jCallDecorator.class);
				assertThat(decorator.retry("tts").getRetryConfig().getMaxAttempts()).isEqualTo(5);
				assertThat(decorator.circuitBreaker("tts").getCircuitBreakerConfig().getSlidingWindowSize())
					.isEqualTo(7);
			});
	}

	@Test
	void whenResilienceIsDisabledThenNoDecorator() {
		this.contextRunner.withPropertyValues("cartesia.resilience.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(CartesiaCallDecorator.class)
				.hasSingleBean(CartesiaClient.class));
	}

	@Test
	void whenResilience4jReactorIsAbsentThenClientWorksWithoutDecorator() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(RetryOperator.class))
			.run((context) -> assertThat(context).doesNotHaveBean(CartesiaCallDecorator.class)
				.hasSingleBean(CartesiaClient.class));
	}

	@Test
	void whenUserDefinesDecoratorThenItIsUsed() {
		this.contextRunner.withBean(CartesiaCallDecorator.class, () -> CartesiaCallDecorator.NONE)
			.run((context) -> assertThat(context).getBean(CartesiaCallDecorator.class)
				.isSameAs(CartesiaCallDecorator.NONE));
	}

	@Test
	void whenResilience4jSpringBootConfiguresAnInstanceThenItsPropertiesWin() {
		this.contextRunner
			.withConfiguration(AutoConfigurations.of(RetryAutoConfiguration.class, CircuitBreakerAutoConfiguration.class))
			.withPropertyValues("resilience4j.retry.instances.cartesia-tts.max-attempts=6",
					"resilience4j.retry.instances.cartesia-tts.retry-exception-predicate="
							+ CartesiaRetryPredicate.class.getName(),
					"resilience4j.circuitbreaker.instances.cartesia-tts.sliding-window-size=42")
			.run((context) -> {
				Resilience4jCallDecorator decorator = context.getBean(Resilience4jCallDecorator.class);
				assertThat(decorator.retry("tts").getRetryConfig().getMaxAttempts()).isEqualTo(6);
				assertThat(decorator.circuitBreaker("tts").getCircuitBreakerConfig().getSlidingWindowSize())
					.isEqualTo(42);
				assertThat(decorator.retry("voices").getRetryConfig().getMaxAttempts()).isEqualTo(3);
			});
	}

}
