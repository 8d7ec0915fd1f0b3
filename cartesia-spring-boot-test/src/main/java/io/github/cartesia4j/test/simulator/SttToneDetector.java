package io.github.cartesia4j.test.simulator;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the tones of audio: cuts it at silences, then measures the frequency of each
 * stretch of sound over a Hann window, first coarsely with an FFT of a central excerpt, then
 * Hz by Hz with the Goertzel algorithm around the FFT peak, refined by parabolic
 * interpolation and rounded to a whole Hz (the frequencies {@link SyntheticSpeech} uses).
 *
 * @author cartesia4j
 */
final class SttToneDetector {

	/**
	 * Samples quieter than this (about -60 dBFS) count as silence.
	 */
	private static final float SILENCE = 1e-3f;

	/**
	 * Quiet stretches shorter than this belong to the tone around them (zero crossings).
	 */
	private static final double MIN_GAP_SECONDS = 0.015;

	/**
	 * Sounds shorter than this are clicks, not tones.
	 */
	private static final double MIN_TONE_SECONDS = 0.02;

	private static final int MIN_FREQUENCY = 50;

	private static final int MAX_FREQUENCY = 4000;

	private static final int COARSE_WINDOW = 4096;

	private static final int FINE_WINDOW = 16384;

	private SttToneDetector() {
	}

	static List<SttTone> detect(float[] samples, int sampleRate) {
		int minGap = (int) Math.max(1, Math.round(MIN_GAP_SECONDS * sampleRate));
		int minLength = (int) Math.max(1, Math.round(MIN_TONE_SECONDS * sampleRate));
		List<SttTone> tones = new ArrayList<>();
		int start = -1;
		int last = -1;
		for (int i = 0; i < samples.length; i++) {
			if (Math.abs(samples[i]) > SILENCE) {
				if (start >= 0 && i - last > minGap) {
					add(tones, samples, sampleRate, start, last + 1, minLength);
					start = -1;
				}
				if (start < 0) {
					start = i;
				}
				last = i;
			}
		}
		if (start >= 0) {
			add(tones, samples, sampleRate, start, last + 1, minLength);
		}
		return tones;
	}

	private static void add(List<SttTone> tones, float[] samples, int sampleRate, int start, int end, int minLength) {
		if (end - start >= minLength) {
			tones.add(new SttTone(start, end, frequency(samples, start, end, sampleRate)));
		}
	}

	static int frequency(float[] samples, int start, int end, int sampleRate) {
		int highest = (int) Math.min(MAX_FREQUENCY, sampleRate * 0.45);
		float[] coarse = windowed(samples, start, end, COARSE_WINDOW);
		int size = Integer.highestOneBit(Math.max(2, coarse.length - 1)) << 1;
		int peak = peakBin(coarse, size, (int) Math.ceil((double) MIN_FREQUENCY * size / sampleRate),
				(int) Math.floor((double) highest * size / sampleRate));
		int spread = (int) Math.ceil((double) sampleRate / size) + 1;
		int center = (int) Math.round((double) peak * sampleRate / size);
		float[] fine = windowed(samples, start, end, FINE_WINDOW);
		int best = center;
		double bestPower = -1;
		for (int frequency = Math.max(MIN_FREQUENCY, center - spread); frequency <= Math.min(highest,
				center + spread); frequency++) {
			double power = power(fine, frequency, sampleRate);
			if (power > bestPower) {
				bestPower = power;
				best = frequency;
			}
		}
		return (int) Math.round(best + offset(power(fine, best - 1, sampleRate), bestPower,
				power(fine, best + 1, sampleRate)));
	}

	private static int peakBin(float[] window, int size, int lowest, int highest) {
		double[] real = new double[size];
		double[] imaginary = new double[size];
		for (int i = 0; i < window.length; i++) {
			real[i] = window[i];
		}
		fft(real, imaginary);
		int best = lowest;
		double bestPower = -1;
		for (int bin = lowest; bin <= highest; bin++) {
			double power = real[bin] * real[bin] + imaginary[bin] * imaginary[bin];
			if (power > bestPower) {
				bestPower = power;
				best = bin;
			}
		}
		return best;
	}

	private static void fft(double[] real, double[] imaginary) {
		int size = real.length;
		for (int i = 1, j = 0; i < size; i++) {
			int bit = size >> 1;
			for (; (j & bit) != 0; bit >>= 1) {
				j ^= bit;
			}
			j ^= bit;
			if (i < j) {
				double swap = real[i];
				real[i] = real[j];
				real[j] = swap;
				swap = imaginary[i];
				imaginary[i] = imaginary[j];
				imaginary[j] = swap;
			}
		}
		for (int length = 2; length <= size; length <<= 1) {
			double angle = -2 * Math.PI / length;
			for (int i = 0; i < size; i += length) {
				for (int k = 0; k < length / 2; k++) {
					double cos = Math.cos(angle * k);
					double sin = Math.sin(angle * k);
					int even = i + k;
					int odd = even + length / 2;
					double oddReal = real[odd] * cos - imaginary[odd] * sin;
					double oddImaginary = real[odd] * sin + imaginary[odd] * cos;
					real[odd] = real[even] - oddReal;
					imaginary[odd] = imaginary[even] - oddImaginary;
					real[even] += oddReal;
					imaginary[even] += oddImaginary;
				}
			}
		}
	}

	private static double offset(double below, double peak, double above) {
		double left = Math.log(Math.max(below, Double.MIN_NORMAL));
		double center = Math.log(Math.max(peak, Double.MIN_NORMAL));
		double right = Math.log(Math.max(above, Double.MIN_NORMAL));
		double curvature = left - 2 * center + right;
		return (curvature < 0) ? Math.max(-0.5, Math.min(0.5, 0.5 * (left - right) / curvature)) : 0;
	}

	private static float[] windowed(float[] samples, int start, int end, int maxLength) {
		int length = Math.min(end - start, maxLength);
		int offset = start + (end - start - length) / 2;
		float[] window = new float[length];
		for (int i = 0; i < length; i++) {
			double hann = (length > 1) ? 0.5 - 0.5 * Math.cos(2 * Math.PI * i / (length - 1)) : 1;
			window[i] = (float) (samples[offset + i] * hann);
		}
		return window;
	}

	private static double power(float[] window, double frequency, int sampleRate) {
		double coefficient = 2 * Math.cos(2 * Math.PI * frequency / sampleRate);
		double previous = 0;
		double beforePrevious = 0;
		for (float sample : window) {
			double current = sample + coefficient * previous - beforePrevious;
			beforePrevious = previous;
			previous = current;
		}
		return previous * previous + beforePrevious * beforePrevious - coefficient * previous * beforePrevious;
	}

}
