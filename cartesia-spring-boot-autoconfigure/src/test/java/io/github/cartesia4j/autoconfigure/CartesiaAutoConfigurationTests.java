package io.github.cartesia4j.autoconfigure;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import io.github.cartesia4j.client.CartesiaClient;
import io.github.cartesia4j.client.core.ApiVersion;
import io.github.cartesia4j.client.status.ApiStatusClient;
import io.github.cartesia4j.client.tts.TtsClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

class CartesiaAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(CartesiaAutoConfiguration.class, WebClientAutoConfiguration.class));

	@Test
	void whenApiKeyIsMissingThenClientsBackOff() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(CartesiaClient.class)
			.doesNotHaveBean(TtsClient.class)
			.doesNotHaveBean(ApiStatusClient.class));
	}

	@Test
	void whenApiKeyIsBlankThenClientsBackOff() {
		this.contextRunner.withPropertyValues("cartesia.api-key=  ")
			.run((context) -> assertThat(context).doesNotHaveBean(CartesiaClient.class));
	}

	@Test
	void whenApiKeyIsSetThenCreatesClientAndResourceClients() {
		this.contextRunner.withPropertyValues("cartesia.api-key=sk_test").run((context) -> {
			assertThat(context).hasSingleBean(CartesiaClient.class)
				.hasSingleBean(TtsClient.class)
				.hasSingleBean(ApiStatusClient.class);
			CartesiaClient client = context.getBean(CartesiaClient.class);
			assertThat(context.getBean(TtsClient.class)).isSameAs(client.tts());
			assertThat(context.getBean(ApiStatusClient.class)).isSameAs(client.apiStatus());
			assertThat(client.http().settings().baseUrl()).isEqualTo("https://api.cartesia.ai");
			assertThat(client.http().settings().apiVersion()).isEqualTo(ApiVersion.DEFAULT);
		});
	}

	@Test
	void whenPropertiesAreSetThenClientUsesThem() {
		this.contextRunner
			.withPropertyValues("cartesia.api-key=sk_test", "cartesia.base-url=http://127.0.0.1:9999/",
					"cartesia.api-version=2024-11-13", "cartesia.first-byte-timeout=2s", "cartesia.chunk-timeout=3s")
			.run((context) -> {
				CartesiaClient client = context.getBean(CartesiaClient.class);
				assertThat(client.http().settings().baseUrl()).isEqualTo("http://127.0.0.1:9999");
				assertThat(client.http().settings().apiVersion()).isEqualTo("2024-11-13");
				assertThat(client.http().settings().firstByteTimeout()).hasSeconds(2);
				assertThat(client.http().settings().chunkTimeout()).hasSeconds(3);
			});
	}

	@Test
	void whenUserDefinesClientThenAutoConfiguredOneBacksOff() {
		CartesiaClient own = CartesiaClient.builder().apiKey("sk_own").build();
		this.contextRunner.withPropertyValues("cartesia.api-key=sk_test")
			.withBean(CartesiaClient.class, () -> own)
			.run((context) -> {
				assertThat(context).hasSingleBean(CartesiaClient.class);
				assertThat(context.getBean(CartesiaClient.class)).isSameAs(own);
				assertThat(context.getBean(TtsClient.class)).isSameAs(own.tts());
			});
	}

	@Test
	void whenUserDefinesTtsClientThenAutoConfiguredOneBacksOff() {
		TtsClient own = mock(TtsClient.class);
		this.contextRunner.withPropertyValues("cartesia.api-key=sk_test")
			.withBean(TtsClient.class, () -> own)
			.run((context) -> assertThat(context).getBean(TtsClient.class).isSameAs(own));
	}

	@Test
	void whenCustomizersExistThenTheyAreAppliedInOrder() {
		this.contextRunner.withPropertyValues("cartesia.api-key=sk_test")
			.withBean("first", CartesiaClientCustomizer.class, () -> (builder) -> builder.apiVersion("2025-04-16"))
			.run((context) -> assertThat(context.getBean(CartesiaClient.class).http().settings().apiVersion())
				.isEqualTo("2025-04-16"));
	}

	@Test
	void whenTimeoutIsNegativeThenStartupFailsNamingTheProperty() {
		this.contextRunner.withPropertyValues("cartesia.api-key=sk_test", "cartesia.connect-timeout=-1s")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasStackTraceContaining("Invalid Cartesia configuration 'cartesia.connect-timeout'"));
	}

	@Test
	void whenBaseUrlIsPlainHttpOnRemoteHostThenStartupFailsNamingTheProperty() {
		this.contextRunner.withPropertyValues("cartesia.api-key=sk_test", "cartesia.base-url=http://api.example.com")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasStackTraceContaining("Invalid Cartesia configuration 'cartesia.base-url'"));
	}

	@Test
	void whenInsecureHttpIsAllowedThenRemotePlainHttpIsAccepted() {
		this.contextRunner
			.withPropertyValues("cartesia.api-key=sk_test", "cartesia.base-url=http://api.example.com",
					"cartesia.allow-insecure-http=true")
			.run((context) -> assertThat(context).hasSingleBean(CartesiaClient.class));
	}

	@Test
	void whenApiVersionIsMalformedThenStartupFailsNamingTheProperty() {
		this.contextRunner.withPropertyValues("cartesia.api-key=sk_test", "cartesia.api-version=latest")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasStackTraceContaining("Invalid Cartesia configuration 'cartesia.api-version'"));
	}

	@Test
	void whenOutputFormatIsInvalidThenStartupFailsNamingTheProperty() {
		this.contextRunner.withPropertyValues("cartesia.api-key=sk_test", "cartesia.tts.output-format.sample-rate=12345")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasStackTraceContaining("Invalid Cartesia configuration 'cartesia.tts.output-format'")
				.hasStackTraceContaining("sample_rate"));
	}

	@Test
	void clientToStringNeverShowsTheApiKey() {
		this.contextRunner.withPropertyValues("cartesia.api-key=sk_car_secret_value").run((context) -> {
			CartesiaClient client = context.getBean(CartesiaClient.class);
			assertThat(client.toString()).doesNotContain("sk_car_secret_value");
			assertThat(client.http().settings().toString()).doesNotContain("sk_car_secret_value");
		});
	}

}
