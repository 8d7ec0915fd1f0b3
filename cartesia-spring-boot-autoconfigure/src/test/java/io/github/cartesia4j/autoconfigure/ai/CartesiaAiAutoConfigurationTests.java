package io.github.cartesia4j.autoconfigure.ai;

import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import org.springframework.ai.audio.transcription.TranscriptionModel;
import org.springframework.ai.audio.tts.TextToSpeechModel;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.core.io.ByteArrayResource;

import io.github.cartesia4j.ai.CartesiaTextToSpeechModel;
import io.github.cartesia4j.ai.CartesiaTranscriptionModel;
import io.github.cartesia4j.autoconfigure.CartesiaAutoConfiguration;
import io.github.cartesia4j.client.stt.SttClient;
import io.github.cartesia4j.client.tts.TtsClient;
import io.github.cartesia4j.test.simulator.CartesiaSimulator;
import io.github.cartesia4j.test.simulator.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;

class CartesiaAiAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CartesiaAutoConfiguration.class, CartesiaAiAutoConfiguration.class,
				WebClientAutoConfiguration.class))
		.withPropertyValues("cartesia.api-key=sk_test");

	@Test
	void whenSpringAiIsAbsentThenNoModelBeans() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(TextToSpeechModel.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(TtsClient.class)
				.hasSingleBean(SttClient.class)
				.doesNotHaveBean("cartesiaTextToSpeechModel")
				.doesNotHaveBean("cartesiaTranscriptionModel"));
	}

	@Test
	void whenSpringAiIsPresentThenModelsAreBackedByTheCartesiaClients() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(TextToSpeechModel.class).hasSingleBean(TranscriptionModel.class);
			assertThat(context.getBean(TextToSpeechModel.class)).isInstanceOf(CartesiaTextToSpeechModel.class);
			assertThat(context.getBean(TranscriptionModel.class)).isInstanceOf(CartesiaTranscriptionModel.class);
			assertThat(context.getBean(CartesiaTranscriptionModel.class).getDefaultOptions().getModel())
				.isEqualTo("ink-whisper");
		});
	}

	@Test
	void whenTheApiKeyIsMissingThenNoModelBeans() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CartesiaAutoConfiguration.class,
					CartesiaAiAutoConfiguration.class, WebClientAutoConfiguration.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(TextToSpeechModel.class)
				.doesNotHaveBean(TranscriptionModel.class));
	}

	@Test
	void whenCartesiaIsSelectedExplicitlyThenModelsAreCreated() {
		this.contextRunner
			.withPropertyValues("spring.ai.model.audio.speech=cartesia", "spring.ai.model.audio.transcription=cartesia")
			.run((context) -> assertThat(context).hasSingleBean(CartesiaTextToSpeechModel.class)
				.hasSingleBean(CartesiaTranscriptionModel.class));
	}

	@Test
	void whenAnotherSpeechVendorIsSelectedThenNoCartesiaSpeechModel() {
		this.contextRunner.withPropertyValues("spring.ai.model.audio.speech=openai")
			.run((context) -> assertThat(context).doesNotHaveBean(TextToSpeechModel.class)
				.hasSingleBean(CartesiaTranscriptionModel.class));
	}

	@Test
	void whenAnotherTranscriptionVendorIsSelectedThenNoCartesiaTranscriptionModel() {
		this.contextRunner.withPropertyValues("spring.ai.model.audio.transcription=elevenlabs")
			.run((context) -> assertThat(context).doesNotHaveBean(TranscriptionModel.class)
				.hasSingleBean(CartesiaTextToSpeechModel.class));
	}

	@Test
	void whenTheUserDefinesCartesiaModelsThenTheAutoConfiguredOnesBackOff() {
		CartesiaTextToSpeechModel speech = new CartesiaTextToSpeechModel(mock(TtsClient.class));
		CartesiaTranscriptionModel transcription = new CartesiaTranscriptionModel(mock(SttClient.class));
		this.contextRunner.withBean("mySpeech", CartesiaTextToSpeechModel.class, () -> speech)
			.withBean("myTranscription", CartesiaTranscriptionModel.class, () -> transcription)
			.run((context) -> {
				assertThat(context).hasSingleBean(TextToSpeechModel.class).hasSingleBean(TranscriptionModel.class);
				assertThat(context.getBean(TextToSpeechModel.class)).isSameAs(speech);
				assertThat(context.getBean(TranscriptionModel.class)).isSameAs(transcription);
			});
	}

	@Test
	void whenTheUserDefinesTheirOwnTtsClientThenTheSpeechModelUsesIt() {
		TtsClient tts = mock(TtsClient.class);
		given(tts.bytes(any())).willReturn(Flux.just(new byte[] { 1, 2 }, new byte[] { 3 }));
		this.contextRunner.withBean(TtsClient.class, () -> tts).run((context) -> {
			TextToSpeechModel model = context.getBean(TextToSpeechModel.class);
			StepVerifier.create(model.stream("hello"))
				.expectNextMatches((chunk) -> Arrays.equals(chunk, new byte[] { 1, 2 }))
				.expectNextMatches((chunk) -> Arrays.equals(chunk, new byte[] { 3 }))
				.expectComplete()
				.verify(Duration.ofSeconds(5));
			then(tts).should().bytes(argThat((request) -> "hello".equals(request.transcript())));
		});
	}

	@Test
	void autoConfiguredModelsSpeakAndTranscribeThroughTheSimulatorWithTheTtsDefaultsOfTheProperties() {
		try (CartesiaSimulator simulator = CartesiaSimulator.start()) {
			this.contextRunner
				.withPropertyValues("cartesia.base-url=" + simulator.baseUrl(),
						"cartesia.tts.voice-id=voice-from-properties", "cartesia.tts.output-format.sample-rate=16000")
				.run((context) -> {
					byte[] wav = context.getBean(TextToSpeechModel.class).call("hello from spring");
					String text = context.getBean(TranscriptionModel.class).transcribe(new ByteArrayResource(wav));
					assertThat(text).isEqualTo("hello from spring");
					assertThat(simulator.requests()).extracting(RecordedRequest::path)
						.containsExactly("/tts/bytes", "/stt");
					assertThat(simulator.requests().get(0).bodyAsString()).contains("\"voice-from-properties\"")
						.contains("\"sample_rate\":16000");
				});
		}
	}

	@Test
	void anotherVendorsModelDoesNotDisplaceCartesiaJustAsSpringAiVendorsDoNot() {
		TextToSpeechModel other = mock(TextToSpeechModel.class);
		this.contextRunner.withBean("otherSpeech", TextToSpeechModel.class, () -> other)
			.run((context) -> assertThat(context).getBeans(TextToSpeechModel.class)
				.containsOnlyKeys("otherSpeech", "cartesiaTextToSpeechModel"));
	}

}
