package io.github.cartesia4j.autoconfigure;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.cartesia4j.client.CartesiaClient;
import io.github.cartesia4j.client.core.CartesiaCallDecorator;
import io.github.cartesia4j.client.status.ApiStatusClient;
import io.github.cartesia4j.client.tts.TtsClient;
import io.github.cartesia4j.client.tts.TtsRecorder;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for the Cartesia clients: a
 * {@link CartesiaClient} built from Spring Boot's {@link WebClient.Builder} and one bean per
 * API resource, created when {@code cartesia.api-key} is set.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
@AutoConfiguration(afterName = "org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration")
@ConditionalOnClass(WebClient.class)
@Conditional(OnApiKeyCondition.class)
@EnableConfigurationProperties(CartesiaProperties.class)
public final class CartesiaAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	CartesiaClient cartesiaClient(CartesiaProperties properties, ObjectProvider<WebClient.Builder> webClientBuilder,
			ObjectProvider<CartesiaCallDecorator> callDecorator, ObjectProvider<TtsRecorder> ttsRecorder,
			ObjectProvider<CartesiaClientCustomizer> customizers) {
		CartesiaClient.Builder builder = CartesiaPropertiesMapper.toBuilder(properties);
		builder.webClientBuilder(webClientBuilder.getIfAvailable(WebClient::builder));
		callDecorator.ifAvailable(builder::callDecorator);
		ttsRecorder.ifAvailable(builder::ttsRecorder);
		customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		return builder.build();
	}

	@Bean
	@ConditionalOnMissingBean
	TtsClient cartesiaTtsClient(CartesiaClient cartesiaClient) {
		return cartesiaClient.tts();
	}

	@Bean
	@ConditionalOnMissingBean
	ApiStatusClient cartesiaApiStatusClient(CartesiaClient cartesiaClient) {
		return cartesiaClient.apiStatus();
	}

}
