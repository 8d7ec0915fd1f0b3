package io.github.cartesia4j.autoconfigure;

import io.github.resilience4j.reactor.retry.RetryOperator;
import io.github.resilience4j.springboot.circuitbreaker.autoconfigure.CircuitBreakerAutoConfiguration;
import io.github.resilience4j.springboot.retry.autoconfigure.RetryAutoConfiguration;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import io.github.cartesia4j.autoconfigure.resilience.CartesiaResilienceAutoConfiguration;
import io.github.cartesia4j.client.CartesiaClient;
import io.github.cartesia4j.client.core.CartesiaCall;
import io.github.cartesia4j.client.core.CartesiaCallDecorator;
import io.github.cartesia4j.resilience.CartesiaRetryPredicate;
import io.github.cartesia4j.resilience.Resilience4jCallDecorator;
import io.github.cartesia4j.test.simulator.CartesiaSimulator;
import io.github.cartesia4j.test.simulator.SimulatorFault;

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
	void whenUserDefinesDecoratorThenItWrapsTheCallsAroundTheRetries() {
		List<String> calls = new CopyOnWriteArrayList<>();
		CartesiaCallDecorator recording = new CartesiaCallDecorator() {

			@Override
			public <T> Flux<T> decorate(CartesiaCall call, Flux<T> source) {
				return source.doOnSubscribe((subscription) -> calls.add(call.resource() + "." + call.operation()));
			}

		};
		try (CartesiaSimulator simulator = CartesiaSimulator.start()) {
			simulator.faults().next("GET", "/", SimulatorFault.status(503));
			this.contextRunner
				.withPropertyValues("cartesia.base-url=" + simulator.baseUrl(), "cartesia.resilience.initial-backoff=1ms")
				.withBean(CartesiaCallDecorator.class, () -> recording)
				.run((context) -> {
					assertThat(context).hasSingleBean(Resilience4jCallDecorator.class);
					StepVerifier.create(context.getBean(CartesiaClient.class).apiStatus().get())
						.expectNextCount(1)
						.expectComplete()
						.verify(Duration.ofSeconds(10));
					assertThat(calls).containsExactly("api-status.get");
					assertThat(simulator.requests()).hasSize(2);
				});
		}
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

	@Test
	void resilienceMetricsArePublishedUnderTheirStandardNamesForTheLibraryRegistries() {
		this.contextRunner.run((context) -> {
			SimpleMeterRegistry meters = new SimpleMeterRegistry();
			context.getBean(MeterBinder.class).bindTo(meters);
			Resilience4jCallDecorator decorator = context.getBean(Resilience4jCallDecorator.class);
			decorator.retry("tts");
			decorator.circuitBreaker("tts");
			assertThat(meters.find("resilience4j.retry.calls").tag("name", "cartesia-tts").meters()).isNotEmpty();
			assertThat(meters.find("resilience4j.circuitbreaker.state").tag("name", "cartesia-tts").meters())
				.isNotEmpty();
		});
	}

	@Test
	void resilienceMetricsAreLeftToResilience4jSpringBootForItsOwnRegistries() {
		this.contextRunner
			.withConfiguration(AutoConfigurations.of(RetryAutoConfiguration.class, CircuitBreakerAutoConfiguration.class))
			.run((context) -> {
				SimpleMeterRegistry meters = new SimpleMeterRegistry();
				context.getBean("cartesiaResilienceMeterBinder", MeterBinder.class).bindTo(meters);
				context.getBean(Resilience4jCallDecorator.class).retry("tts");
				assertThat(meters.find("resilience4j.retry.calls").meters()).isEmpty();
			});
	}

}
