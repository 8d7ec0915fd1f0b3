package io.github.cartesia4j.benchmarks;

import java.util.Arrays;

/**
 * Percentiles and medians of samples.
 *
 * @author cartesia4j
 */
final class Stats {

	private Stats() {
	}

	/**
	 * Return a percentile (nearest rank) of samples.
	 * @param samples the samples, in any order; not modified
	 * @param percentile between 0 and 100
	 * @return the percentile
	 */
	static long percentile(long[] samples, double percentile) {
		if (samples.length == 0) {
			return 0;
		}
		long[] sorted = samples.clone();
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

	/**
	 * Return the median of values.
	 * @param values the values; not modified
	 * @return the median
	 */
	static double median(double[] values) {
		if (values.length == 0) {
			return Double.NaN;
		}
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	static double min(double[] values) {
		return Arrays.stream(values).min().orElse(Double.NaN);
	}

	static double max(double[] values) {
		return Arrays.stream(values).max().orElse(Double.NaN);
	}

	/**
	 * A growable array of longs.
	 */
	static final class Samples {

		private long[] values = new long[1024];

		private int size;

		void add(long value) {
			if (this.size == this.values.length) {
				this.values = Arrays.copyOf(this.values, this.size * 2);
			}
			this.values[this.size++] = value;
		}

		void addAll(Samples other) {
			for (int i = 0; i < other.size; i++) {
				add(other.values[i]);
			}
		}

		int size() {
			return this.size;
		}

		long[] toArray() {
			return Arrays.copyOf(this.values, this.size);
		}

	}

}
