package io.github.cartesia4j.test.simulator;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SyntheticSpeechTests {

	@Test
	void frequencyIsDeterministicCaseInsensitiveAndInRange() {
		assertThat(SyntheticSpeech.frequencyOf("Hello")).isEqualTo(SyntheticSpeech.frequencyOf("hello"));
		assertThat(SyntheticSpeech.frequencyOf("hello")).isNotEqualTo(SyntheticSpeech.frequencyOf("world"));
		for (String word : "the quick brown fox jumps over a lazy dog 123 ".repeat(5).split(" ")) {
			assertThat(SyntheticSpeech.frequencyOf(word)).isBetween(220.0, 880.0);
		}
	}

	@Test
	void timelineComesFromWordLengthsWithoutRendering() {
		SyntheticSpeech speech = SyntheticSpeech.of("  Hi   there\n", 10000, 1.0);
		List<SyntheticSpeech.Word> words = speech.words();
		assertThat(words).extracting(SyntheticSpeech.Word::word).containsExactly("Hi", "there");
		assertThat(words.get(0).start()).isZero();
		assertThat(words.get(0).end()).isEqualTo(0.22);
		assertThat(words.get(1).start()).isEqualTo(0.28);
		assertThat(words.get(1).end()).isEqualTo(0.65);
		assertThat(speech.sampleCount()).isEqualTo(6500);
		assertThat(speech.durationSeconds()).isEqualTo(0.65);
	}

	@Test
	void speedDividesEveryDuration() {
		SyntheticSpeech normal = SyntheticSpeech.of("one two three", 24000, 1.0);
		SyntheticSpeech fast = SyntheticSpeech.of("one two three", 24000, 1.5);
		assertThat(fast.durationSeconds()).isCloseTo(normal.durationSeconds() / 1.5, within(0.001));
	}

	@Test
	void wordsAreFadedTonesSeparatedBySilence() {
		SyntheticSpeech speech = SyntheticSpeech.of("tone gap", 8000, 1.0);
		float[] samples = speech.samples();
		SyntheticSpeech.Word first = speech.words().get(0);
		int start = 0;
		int end = (int) Math.round(first.end() * 8000);
		int next = (int) Math.round(speech.words().get(1).start() * 8000);
		assertThat(samples[start]).isZero();
		for (int i = end; i < next; i++) {
			assertThat(samples[i]).isZero();
		}
		float peak = 0;
		int crossings = 0;
		for (int i = start + 1; i < end; i++) {
			peak = Math.max(peak, Math.abs(samples[i]));
			if ((samples[i - 1] < 0) != (samples[i] < 0)) {
				crossings++;
			}
		}
		assertThat(peak).isBetween(0.35f, 0.41f);
		double frequency = crossings / 2.0 / first.end();
		assertThat(frequency).isCloseTo(SyntheticSpeech.frequencyOf("tone"), within(10.0));
	}

	@Test
	void renderingInPiecesMatchesRenderingWhole() {
		SyntheticSpeech speech = SyntheticSpeech.of(TtsBodies.TRANSCRIPT, 22050, 1.0, 1.5);
		float[] whole = speech.samples();
		float[] piece = new float[777];
		for (int from = 0; from < speech.sampleCount(); from += piece.length) {
			int count = Math.min(piece.length, speech.sampleCount() - from);
			speech.render(from, piece, count);
			for (int i = 0; i < count; i++) {
				assertThat(piece[i]).isCloseTo(whole[from + i], within(1e-5f));
			}
		}
	}

}
