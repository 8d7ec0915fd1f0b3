package io.github.cartesia4j.test.simulator;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.test.StepVerifier;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class CartesiaSimulatorEnvironmentPostProcessorTests {

	@Test
	void enabledWithoutApiKeyRunsTheApplicationOnTheSimulator() {
		String baseUrl;
		try (ConfigurableApplicationContext context = run("--cartesia.simulator.enabled=true",
				"--cartesia.base-url=https://api.cartesia.ai")) {
			ConfigurableEnvironment environment = context.getEnvironment();
			assertThat(environment.getPropertySources()
				.contains(CartesiaSimulatorEnvironmentPostProcessor.PROPERTY_SOURCE_NAME)).isTrue();
			baseUrl = environment.getProperty("cartesia.base-url");
			assertThat(baseUrl).startsWith("http://127.0.0.1:");
			assertThat(environment.getProperty("cartesia.api-key")).isEqualTo("simulator");
			StepVerifier.create(statusOf(baseUrl)).expectNext(200).expectComplete().verify(SimulatorTestClient.TIMEOUT);
		}
		StepVerifier.create(statusOf(baseUrl)).expectError().verify(SimulatorTestClient.TIMEOUT);
	}

	@Test
	void blankApiKeyCountsAsAbsent() {
		try (ConfigurableApplicationContext context = run("--cartesia.simulator.enabled=true", "--cartesia.api-key=")) {
			assertThat(context.getEnvironment().getProperty("cartesia.api-key")).isEqualTo("simulator");
		}
	}

	@Test
	void apiKeyPresentLeavesTheEnvironmentAlone() {
		try (ConfigurableApplicationContext context = run("--cartesia.simulator.enabled=true",
				"--cartesia.api-key=sk_car_real")) {
			assertNoSimulator(context.getEnvironment());
			assertThat(context.getEnvironment().getProperty("cartesia.api-key")).isEqualTo("sk_car_real");
		}
	}

	@Test
	void disabledByDefault() {
		try (ConfigurableApplicationContext context = run()) {
			assertNoSimulator(context.getEnvironment());
		}
		try (ConfigurableApplicationContext context = run("--cartesia.simulator.enabled=false")) {
			assertNoSimulator(context.getEnvironment());
		}
	}

	@Test
	void postProcessingTwiceStartsOneSimulator() {
		MockEnvironment environment = new MockEnvironment().withProperty("cartesia.simulator.enabled", "true");
		CartesiaSimulatorEnvironmentPostProcessor postProcessor = new CartesiaSimulatorEnvironmentPostProcessor(
				(log) -> log.get());
		SpringApplication application = new SpringApplication(EmptyConfiguration.class);
		postProcessor.postProcessEnvironment(environment, application);
		String baseUrl = environment.getProperty("cartesia.base-url");
		postProcessor.postProcessEnvironment(environment, application);
		assertThat(environment.getProperty("cartesia.base-url")).isEqualTo(baseUrl);
		application.getListeners()
			.stream()
			.filter(CartesiaSimulatorLifecycle.class::isInstance)
			.forEach((listener) -> ((CartesiaSimulatorLifecycle) listener)
				.onApplicationEvent(new ApplicationFailedEvent(application,
						new String[0], null, new IllegalStateException("test"))));
		StepVerifier.create(statusOf(baseUrl)).expectError().verify(SimulatorTestClient.TIMEOUT);
	}

	private static void assertNoSimulator(ConfigurableEnvironment environment) {
		assertThat(environment.getPropertySources()
			.contains(CartesiaSimulatorEnvironmentPostProcessor.PROPERTY_SOURCE_NAME)).isFalse();
		assertThat(environment.getProperty("cartesia.base-url")).isNull();
	}

	private static ConfigurableApplicationContext run(String... args) {
		SpringApplication application = new SpringApplication(EmptyConfiguration.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setBannerMode(Banner.Mode.OFF);
		application.setLogStartupInfo(false);
		return application.run(args);
	}

	private static Mono<Integer> statusOf(String baseUrl) {
		return HttpClient.create()
			.baseUrl(baseUrl)
			.get()
			.uri("/")
			.responseSingle((response, body) -> Mono.just(response.status().code()));
	}

	@Configuration(proxyBeanMethods = false)
	static class EmptyConfiguration {

	}

}
