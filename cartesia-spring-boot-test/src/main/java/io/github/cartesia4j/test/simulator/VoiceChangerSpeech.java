package io.github.cartesia4j.test.simulator;

import java.util.Arrays;
import java.util.List;

/**
 * The speech a voice change produces: the tones heard in the clip, each re-rendered at its
 * own frequency and place (so the words and their timing survive, and speech-to-text hears
 * the same words), at the output sample rate and for exactly the clip's duration. Samples
 * are rendered range by range.
 *
 * @author cartesia4j
 */
final class VoiceChangerSpeech {

	private static final double FADE_SECONDS = 0.005;

	private static final double AMPLITUDE = 0.4;

	private final int sampleRate;

	private final int sampleCount;

	private final int[] starts;

	private final int[] ends;

	private final double[] omegas;

	private final int fadeSamples;

	VoiceChangerSpeech(List<SttTone> tones, int inputRate, double durationSeconds, int sampleRate) {
		this.sampleRate = sampleRate;
		this.sampleCount = Math.toIntExact(Math.round(durationSeconds * sampleRate));
		this.starts = new int[tones.size()];
		this.ends = new int[tones.size()];
		this.omegas = new double[tones.size()];
		double scale = (double) sampleRate / inputRate;
		for (int i = 0; i < tones.size(); i++) {
			SttTone tone = tones.get(i);
			this.starts[i] = (int) Math.min(this.sampleCount, Math.round(tone.start() * scale));
			this.ends[i] = (int) Math.min(this.sampleCount, Math.round(tone.end() * scale));
			this.omegas[i] = 2 * Math.PI * Math.min(tone.frequency(), sampleRate * 0.45) / sampleRate;
		}
		this.fadeSamples = (int) Math.max(1, Math.round(FADE_SECONDS * sampleRate));
	}

	int sampleRate() {
		return this.sampleRate;
	}

	int sampleCount() {
		return this.sampleCount;
	}

	void render(int from, float[] destination, int count) {
		Arrays.fill(destination, 0, count, 0f);
		int to = from + count;
		for (int tone = 0; tone < this.starts.length; tone++) {
			int start = Math.max(from, this.starts[tone]);
			int end = Math.min(to, this.ends[tone]);
			int length = this.ends[tone] - this.starts[tone];
			int fade = Math.min(this.fadeSamples, Math.max(1, length / 2));
			for (int sample = start; sample < end; sample++) {
				int position = sample - this.starts[tone];
				double envelope = Math.min(1.0, Math.min(position, length - position) / (double) fade);
				destination[sample - from] = (float) (Math.sin(this.omegas[tone] * position) * envelope * AMPLITUDE);
			}
		}
	}

}
