package io.github.cartesia4j.autoconfigure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.beans.factory.UnsatisfiedDependencyException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.env.MockEnvironment;

import io.github.cartesia4j.client.tts.TtsClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

class MissingApiKeyFailureAnalyzerTests {

	@Test
	void whenClientBeanIsMissingWithoutKeyThenTellsWhichPropertyToSet() {
		FailureAnalysis analysis = analyze(new MockEnvironment(), TtsClient.class);
		assertThat(analysis).isNotNull();
		assertThat(analysis.getDescription()).contains("TtsClient").contains("cartesia.api-key");
		assertThat(analysis.getAction()).contains("cartesia.api-key");
	}

	@Test
	void whenKeyIsSetThenLeavesTheFailureToOthers() {
		assertThat(analyze(new MockEnvironment().withProperty("cartesia.api-key", "sk"), TtsClient.class)).isNull();
	}

	@Test
	void whenMissingBeanIsNotCartesiaThenLeavesTheFailureToOthers() {
		assertThat(analyze(new MockEnvironment(), String.class)).isNull();
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void whenApplicationNeedsClientWithoutKeyThenStartupReportNamesTheProperty(CapturedOutput output) {
		SpringApplication application = new SpringApplication(NeedsTtsClient.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		assertThatException().isThrownBy(application::run);
		assertThat(output).contains("no Cartesia client was created because 'cartesia.api-key' is not set")
			.contains("Set the 'cartesia.api-key' property");
	}

	private FailureAnalysis analyze(MockEnvironment environment, Class<?> missingType) {
		NoSuchBeanDefinitionException missing = new NoSuchBeanDefinitionException(missingType);
		Exception failure = new UnsatisfiedDependencyException("app", "speechController", "tts", missing);
		return new MissingApiKeyFailureAnalyzer(environment).analyze(failure);
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ CartesiaAutoConfiguration.class, WebClientAutoConfiguration.class })
	static class NeedsTtsClient {

		@Bean
		String speaker(TtsClient tts) {
			return "speaker";
		}

	}

}
