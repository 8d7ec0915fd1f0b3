package io.github.cartesia4j.autoconfigure;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import reactor.test.StepVerifier;

import io.github.cartesia4j.client.CartesiaClient;
import io.github.cartesia4j.client.tts.AudioEncoding;
import io.github.cartesia4j.client.tts.OutputFormat;
import io.github.cartesia4j.client.tts.TtsEvent;
import io.github.cartesia4j.client.tts.TtsRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs against the real Cartesia API when {@code CARTESIA_API_KEY} is set; costs a few
 * characters of credit. Optional {@code CARTESIA_VOICE_ID} picks the voice.
 */
@EnabledIfEnvironmentVariable(named = "CARTESIA_API_KEY", matches = ".+")
class LiveCartesiaApiIntegrationTests {

	private final CartesiaClient client = CartesiaClient.builder().apiKey(System.getenv("CARTESIA_API_KEY")).build();

	private final String voiceId = (System.getenv("CARTESIA_VOICE_ID") != null) ? System.getenv("CARTESIA_VOICE_ID")
			: "694f9389-aac1-45b6-b726-9d9369183238";

	@Test
	void statusIsOk() {
		StepVerifier.create(this.client.apiStatus().get())
			.assertNext((status) -> assertThat(status.ok()).isTrue())
			.expectComplete()
			.verify(Duration.ofSeconds(30));
	}

	@Test
	void bytesReturnsWave() {
		StepVerifier.create(this.client.tts()
			.bytesToArray(TtsRequest.builder().transcript("Hello.").voiceId(this.voiceId).build()))
			.assertNext((wav) -> assertThat(new String(wav, 0, 4)).isEqualTo("RIFF"))
			.expectComplete()
			.verify(Duration.ofSeconds(60));
	}

	@Test
	void sseEndsWithDone() {
		StepVerifier.create(this.client.tts()
			.sse(TtsRequest.builder()
				.transcript("Hello.")
				.voiceId(this.voiceId)
				.outputFormat(OutputFormat.raw(AudioEncoding.PCM_S16LE, 16000))
				.build())
			.last())
			.assertNext((event) -> assertThat(event).isInstanceOf(TtsEvent.Done.class))
			.expectComplete()
			.verify(Duration.ofSeconds(60));
	}

}
