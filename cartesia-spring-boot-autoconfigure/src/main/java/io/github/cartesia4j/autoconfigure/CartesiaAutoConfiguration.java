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
import io.github.cartesia4j.client.agents.AgentsClient;
import io.github.cartesia4j.client.auth.AuthClient;
import io.github.cartesia4j.client.core.CartesiaCallDecorator;
import io.github.cartesia4j.client.datasets.DatasetsClient;
import io.github.cartesia4j.client.finetunes.FineTunesClient;
import io.github.cartesia4j.client.infill.InfillClient;
import io.github.cartesia4j.client.pronunciationdicts.PronunciationDictsClient;
import io.github.cartesia4j.client.status.ApiStatusClient;
import io.github.cartesia4j.client.stt.SttClient;
import io.github.cartesia4j.client.tts.TtsClient;
import io.github.cartesia4j.client.tts.TtsRecorder;
import io.github.cartesia4j.client.voicechanger.VoiceChangerClient;
import io.github.cartesia4j.client.voices.VoicesClient;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for the Cartesia clients: a
 * {@link CartesiaClient} built from Spring Boot's {@link WebClient.Builder} and one bean per
 * API resource, created when {@code cartesia.api-key} is set. Every
 * {@link CartesiaCallDecorator} bean wraps the calls, the lowest order innermost.
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
		builder.callDecorator(
				callDecorator.orderedStream().reduce(CartesiaCallDecorator.NONE, CartesiaCallDecorator::andThen));
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

	@Bean
	@ConditionalOnMissingBean
	AgentsClient cartesiaAgentsClient(CartesiaClient cartesiaClient) {
		return cartesiaClient.agents();
	}

	@Bean
	@ConditionalOnMissingBean
	AuthClient cartesiaAuthClient(CartesiaClient cartesiaClient) {
		return cartesiaClient.auth();
	}

	@Bean
	@ConditionalOnMissingBean
	DatasetsClient cartesiaDatasetsClient(CartesiaClient cartesiaClient) {
		return cartesiaClient.datasets();
	}

	@Bean
	@ConditionalOnMissingBean
	FineTunesClient cartesiaFineTunesClient(CartesiaClient cartesiaClient) {
		return cartesiaClient.fineTunes();
	}

	@Bean
	@ConditionalOnMissingBean
	InfillClient cartesiaInfillClient(CartesiaClient cartesiaClient) {
		return cartesiaClient.infill();
	}

	@Bean
	@ConditionalOnMissingBean
	PronunciationDictsClient cartesiaPronunciationDictsClient(CartesiaClient cartesiaClient) {
		return cartesiaClient.pronunciationDicts();
	}

	@Bean
	@ConditionalOnMissingBean
	SttClient cartesiaSttClient(CartesiaClient cartesiaClient) {
		return cartesiaClient.stt();
	}

	@Bean
	@ConditionalOnMissingBean
	VoiceChangerClient cartesiaVoiceChangerClient(CartesiaClient cartesiaClient) {
		return cartesiaClient.voiceChanger();
	}

	@Bean
	@ConditionalOnMissingBean
	VoicesClient cartesiaVoicesClient(CartesiaClient cartesiaClient) {
		return cartesiaClient.voices();
	}

}
