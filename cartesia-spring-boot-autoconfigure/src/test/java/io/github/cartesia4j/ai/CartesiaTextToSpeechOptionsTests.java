package io.github.cartesia4j.ai;

import org.junit.jupiter.api.Test;

import org.springframework.ai.audio.tts.TextToSpeechOptions;

import io.github.cartesia4j.client.tts.AudioEncoding;
import io.github.cartesia4j.client.tts.OutputFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CartesiaTextToSpeechOptionsTests {

	@Test
	void portableFormatNamesMapToCartesiaOutputFormatsWithTheStarterDefaults() {
		assertThat(CartesiaTextToSpeechOptions.builder().format("mp3").build().getOutputFormat())
			.isEqualTo(OutputFormat.mp3(44100, 128000));
		assertThat(CartesiaTextToSpeechOptions.builder().format("wav").build().getOutputFormat())
			.isEqualTo(OutputFormat.wav(AudioEncoding.PCM_S16LE, 44100));
		assertThat(CartesiaTextToSpeechOptions.builder().format("pcm").build().getOutputFormat())
			.isEqualTo(OutputFormat.raw(AudioEncoding.PCM_S16LE, 44100));
		assertThat(CartesiaTextToSpeechOptions.builder().format(" RAW ").build().getOutputFormat())
			.isEqualTo(OutputFormat.raw(AudioEncoding.PCM_S16LE, 44100));
		assertThat(CartesiaTextToSpeechOptions.builder().build().getOutputFormat()).isNull();
	}

	@Test
	void formatDetailsOverrideTheDefaultsOfTheName() {
		CartesiaTextToSpeechOptions options = CartesiaTextToSpeechOptions.builder()
			.format("MP3")
			.sampleRate(22050)
			.bitRate(64000)
			.build();
		assertThat(options.getFormat()).isEqualTo("mp3");
		assertThat(options.getOutputFormat()).isEqualTo(OutputFormat.mp3(22050, 64000));
		assertThat(CartesiaTextToSpeechOptions.builder()
			.outputFormat(OutputFormat.raw(AudioEncoding.PCM_MULAW, 8000))
			.build()
			.getOutputFormat()).isEqualTo(OutputFormat.raw(AudioEncoding.PCM_MULAW, 8000));
	}

	@Test
	void unknownFormatNamesAndImpossibleCombinationsAreRejectedNamingTheOption() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CartesiaTextToSpeechOptions.builder().format("opus").build())
			.withMessage("'format' must be one of mp3, wav, pcm, raw, got 'opus'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CartesiaTextToSpeechOptions.builder()
				.format("mp3")
				.encoding(AudioEncoding.PCM_F32LE)
				.build())
			.withMessageContaining("'output_format.encoding'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CartesiaTextToSpeechOptions.builder().format("wav").bitRate(128000).build())
			.withMessageContaining("'output_format.bit_rate'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CartesiaTextToSpeechOptions.builder().sampleRate(12345).build())
			.withMessageContaining("'output_format.sample_rate'");
	}

	@Test
	void speedOutsideWhatCartesiaAcceptsIsRejectedRatherThanClamped() {
		assertThat(CartesiaTextToSpeechOptions.builder().speed(0.6).build().getSpeed()).isEqualTo(0.6);
		assertThat(CartesiaTextToSpeechOptions.builder().speed(1.5).build().getSpeed()).isEqualTo(1.5);
		assertThatIllegalArgumentException().isThrownBy(() -> CartesiaTextToSpeechOptions.builder().speed(2.0).build())
			.withMessage("'speed' must be between 0.6 and 1.5 (Cartesia generation_config.speed), got 2.0");
		assertThatIllegalArgumentException().isThrownBy(() -> CartesiaTextToSpeechOptions.builder().speed(0.25).build())
			.withMessageContaining("'speed'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CartesiaTextToSpeechOptions.builder().speed(Double.NaN).build())
			.withMessageContaining("'speed'");
		assertThatIllegalArgumentException().isThrownBy(() -> CartesiaTextToSpeechOptions.builder().volume(3.0).build())
			.withMessageContaining("'generation_config.volume'");
	}

	@Test
	void portableOptionsAreCopiedAndValidated() {
		TextToSpeechOptions portable = TextToSpeechOptions.builder()
			.model("sonic-3")
			.voice("voice-1")
			.format("wav")
			.speed(1.2)
			.build();
		CartesiaTextToSpeechOptions options = CartesiaTextToSpeechOptions.from(portable);
		assertThat(options).isEqualTo(CartesiaTextToSpeechOptions.builder()
			.model("sonic-3")
			.voice("voice-1")
			.format("wav")
			.speed(1.2)
			.build());
		assertThat(CartesiaTextToSpeechOptions.from(options)).isSameAs(options);
		assertThat(CartesiaTextToSpeechOptions.from(null)).isEqualTo(CartesiaTextToSpeechOptions.builder().build());
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CartesiaTextToSpeechOptions.from(TextToSpeechOptions.builder().speed(4.0).build()))
			.withMessageContaining("'speed' must be between 0.6 and 1.5");
	}

	@Test
	void runtimeValuesWinAndAFormatNameTakesNoDetailsFromTheDefaults() {
		CartesiaTextToSpeechOptions defaults = CartesiaTextToSpeechOptions.builder()
			.model("sonic-3")
			.voice("voice-1")
			.format("wav")
			.encoding(AudioEncoding.PCM_F32LE)
			.sampleRate(24000)
			.language("en")
			.emotion("calm")
			.build();
		CartesiaTextToSpeechOptions tweak = CartesiaTextToSpeechOptions.builder().sampleRate(16000).speed(0.8).build();
		assertThat(CartesiaTextToSpeechOptions.merge(tweak, defaults)).isEqualTo(defaults.toBuilder()
			.sampleRate(16000)
			.speed(0.8)
			.build());
		CartesiaTextToSpeechOptions mp3 = CartesiaTextToSpeechOptions.builder().format("mp3").voice("voice-2").build();
		CartesiaTextToSpeechOptions merged = CartesiaTextToSpeechOptions.merge(mp3, defaults);
		assertThat(merged.getOutputFormat()).isEqualTo(OutputFormat.mp3(44100, 128000));
		assertThat(merged.getVoice()).isEqualTo("voice-2");
		assertThat(merged.getModel()).isEqualTo("sonic-3");
		assertThat(merged.getEmotion()).isEqualTo("calm");
	}

}
