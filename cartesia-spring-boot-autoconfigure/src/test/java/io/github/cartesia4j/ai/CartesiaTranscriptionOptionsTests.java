package io.github.cartesia4j.ai;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.cartesia4j.client.stt.SttEncoding;
import io.github.cartesia4j.client.stt.TimestampGranularity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CartesiaTranscriptionOptionsTests {

	@Test
	void portableOptionsKeepTheirModel() {
		CartesiaTranscriptionOptions options = CartesiaTranscriptionOptions.from(() -> "ink-whisper-2025-06-04");
		assertThat(options.getModel()).isEqualTo("ink-whisper-2025-06-04");
		assertThat(options.getLanguage()).isNull();
		assertThat(options.getTimestampGranularities()).isNull();
		assertThat(CartesiaTranscriptionOptions.from(options)).isSameAs(options);
		assertThat(CartesiaTranscriptionOptions.from(null)).isEqualTo(CartesiaTranscriptionOptions.builder().build());
	}

	@Test
	void runtimeValuesWinAndAnEncodingTakesNoSampleRateFromTheDefaults() {
		CartesiaTranscriptionOptions defaults = CartesiaTranscriptionOptions.builder()
			.model("ink-whisper")
			.language("de")
			.wordTimestamps()
			.encoding(SttEncoding.PCM_S16LE)
			.sampleRate(16000)
			.build();
		CartesiaTranscriptionOptions none = CartesiaTranscriptionOptions.builder()
			.language("fr")
			.timestampGranularities(List.of())
			.build();
		CartesiaTranscriptionOptions merged = CartesiaTranscriptionOptions.merge(none, defaults);
		assertThat(merged.getLanguage()).isEqualTo("fr");
		assertThat(merged.getTimestampGranularities()).isEmpty();
		assertThat(merged.getModel()).isEqualTo("ink-whisper");
		assertThat(merged.getSampleRate()).isEqualTo(16000);
		CartesiaTranscriptionOptions mulaw = CartesiaTranscriptionOptions.builder()
			.encoding(SttEncoding.PCM_MULAW)
			.build();
		assertThat(CartesiaTranscriptionOptions.merge(mulaw, defaults).getSampleRate()).isNull();
		assertThat(CartesiaTranscriptionOptions.merge(CartesiaTranscriptionOptions.builder().build(), defaults))
			.isEqualTo(defaults);
		assertThat(defaults.getTimestampGranularities()).containsExactly(TimestampGranularity.WORD);
	}

	@Test
	void invalidValuesAreRejectedNamingTheOption() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CartesiaTranscriptionOptions.builder().language(" ").build())
			.withMessage("'language' must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> CartesiaTranscriptionOptions.builder().model("").build())
			.withMessage("'model' must not be blank");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CartesiaTranscriptionOptions.builder().sampleRate(0).build())
			.withMessageContaining("'sample_rate'");
	}

}
