package io.github.cartesia4j.autoconfigure.ai;

import org.springframework.ai.audio.transcription.TranscriptionModel;
import org.springframework.ai.audio.tts.TextToSpeechModel;
import org.springframework.ai.model.SpringAIModelProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.github.cartesia4j.ai.CartesiaTextToSpeechModel;
import io.github.cartesia4j.ai.CartesiaTranscriptionModel;
import io.github.cartesia4j.autoconfigure.CartesiaAutoConfiguration;
import io.github.cartesia4j.client.stt.SttClient;
import io.github.cartesia4j.client.tts.TtsClient;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for the Cartesia Spring AI audio
 * models, when Spring AI's {@code spring-ai-model} is on the classpath. Each model is
 * selected by Spring AI's own property ({@code spring.ai.model.audio.speech=cartesia},
 * {@code spring.ai.model.audio.transcription=cartesia}) or when that property is absent.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
@AutoConfiguration(after = CartesiaAutoConfiguration.class)
@ConditionalOnClass({ TextToSpeechModel.class, TranscriptionModel.class })
public final class CartesiaAiAutoConfiguration {

	private static final String CARTESIA = "cartesia";

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = SpringAIModelProperties.AUDIO_SPEECH_MODEL, havingValue = CARTESIA,
			matchIfMissing = true)
	static class SpeechConfiguration {

		@Bean
		@ConditionalOnBean(TtsClient.class)
		@ConditionalOnMissingBean
		CartesiaTextToSpeechModel cartesiaTextToSpeechModel(TtsClient ttsClient) {
			return new CartesiaTextToSpeechModel(ttsClient);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = SpringAIModelProperties.AUDIO_TRANSCRIPTION_MODEL, havingValue = CARTESIA,
			matchIfMissing = true)
	static class TranscriptionConfiguration {

		@Bean
		@ConditionalOnBean(SttClient.class)
		@ConditionalOnMissingBean
		CartesiaTranscriptionModel cartesiaTranscriptionModel(SttClient sttClient) {
			return new CartesiaTranscriptionModel(sttClient);
		}

	}

}
