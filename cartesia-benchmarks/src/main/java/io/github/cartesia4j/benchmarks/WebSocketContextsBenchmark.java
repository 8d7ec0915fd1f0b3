package io.github.cartesia4j.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

import io.github.cartesia4j.client.tts.TtsContextSettings;
import io.github.cartesia4j.client.tts.TtsRequest;

/**
 * Many TTS contexts at once on one WebSocket: each round starts {@value #CONTEXTS} contexts
 * one after the other as fast as a single thread can, on the one connection a side keeps open
 * for the whole benchmark, and measures for each context the time from the call that starts
 * it to its first audio chunk. The {@link AudioServer} in its own JVM answers every context
 * with four 40 ms chunks then {@code done}, interleaving the contexts, so the time measures
 * the client's cost of writing the contexts' messages and routing, parsing and decoding the
 * frames of all the others, and no generation. Every round checks that each context received
 * all its audio and its {@code done}.
 * <p>
 * The sides, {@link ClientWebSocketSide} and {@link RawWebSocketSide}, each run one round in
 * turn, the order reversed every other round as {@link ThroughputBenchmark} does, after a
 * warm-up that lasts until the JIT compiler has settled. Each round also notes the CPU time
 * of this JVM and of the server. {@link BenchmarkSuite} reports the p50 and p99 of all
 * contexts of all rounds, the median over the rounds of each round's p99, and the median of
 * the client / raw ratios of the p99s of adjacent rounds.
 *
 * @author cartesia4j
 */
final class WebSocketContextsBenchmark {

	/**
	 * Contexts started at once in each round.
	 */
	static final int CONTEXTS = 1000;

	/**
	 * Prefix of the figures' names.
	 */
	static final String FIGURE = "ws-contexts-" + CONTEXTS;

	private static final Duration ROUND_TIMEOUT = Duration.ofSeconds(60);

	private WebSocketContextsBenchmark() {
	}

	/**
	 * Return the settings of every context: those of the SSE benchmark request (model, voice,
	 * raw 44.1 kHz 16-bit PCM, language), complete so that the client's defaults change
	 * nothing and both sides write the same bytes.
	 * @return the settings
	 */
	static TtsContextSettings contextSettings() {
		TtsRequest request = BenchmarkRequests.SSE;
		return TtsContextSettings.builder()
			.modelId(request.modelId())
			.voice(request.voice())
			.outputFormat(request.outputFormat())
			.language(request.language())
			.build();
	}

	/**
	 * Warm up, then run the rounds.
	 * @param clock reads the CPU time of this JVM, the server and the machine
	 * @param sides the sides, each with its connection open
	 * @param settings how to run
	 * @return the rounds of each side
	 */
	static Outcome run(CpuClock clock, List<WebSocketSide> sides, Settings settings) {
		Warmup.untilJitSettles(() -> {
			for (WebSocketSide side : sides) {
				round(side, settings.contexts());
			}
		}, settings.minWarmup(), settings.maxWarmup());
		Map<String, List<Round>> rounds = new LinkedHashMap<>();
		sides.forEach((side) -> rounds.put(side.name(), new ArrayList<>()));
		for (int r = 0; r < settings.rounds(); r++) {
			List<WebSocketSide> order = new ArrayList<>(sides);
			if (r % 2 == 1) {
				Collections.reverse(order);
			}
			for (WebSocketSide side : order) {
				CpuClock.Sample before = clock.sample();
				long[] firstAudio = round(side, settings.contexts());
				CpuClock.Sample after = clock.sample();
				Round round = new Round(firstAudio, after.since(before), after.wall() - before.wall());
				rounds.get(side.name()).add(round);
				BenchmarkSuite.log("  round %2d %-6s first audio p50 %6.2f ms p99 %6.2f ms max %6.2f ms;"
						+ " round %4.0f ms; cores: client %.2f server %.2f others %.2f", r + 1, side.name(),
						Stats.percentile(firstAudio, 50) / 1e6, Stats.percentile(firstAudio, 99) / 1e6,
						Stats.percentile(firstAudio, 100) / 1e6, round.wallNanos() / 1e6, round.cpu().client(),
						round.cpu().server(), round.cpu().others());
			}
		}
		return new Outcome(rounds);
	}

	private static long[] round(WebSocketSide side, int contexts) {
		ContextRound round = new ContextRound(side.name(), contexts, WebSocketAudio.CHUNKS,
				WebSocketAudio.CONTEXT_AUDIO_BYTES);
		side.start(round);
		return round.await(ROUND_TIMEOUT);
	}

	/**
	 * How to run.
	 *
	 * @param contexts contexts started at once in each round
	 * @param minWarmup least warm-up time
	 * @param maxWarmup most warm-up time
	 * @param rounds recorded rounds, each one round per side
	 */
	record Settings(int contexts, Duration minWarmup, Duration maxWarmup, int rounds) {

	}

	/**
	 * One recorded round of one side.
	 *
	 * @param firstAudio the first-audio time of each context, in nanoseconds
	 * @param cpu the cores used during the round
	 * @param wallNanos how long the round took, from the first start to the last {@code done}
	 */
	record Round(long[] firstAudio, CpuClock.Usage cpu, long wallNanos) {

	}

	/**
	 * The recorded rounds.
	 *
	 * @param rounds the rounds of each side, in order
	 */
	record Outcome(Map<String, List<Round>> rounds) {

		/**
		 * Return the first-audio times of every context of every round of a side.
		 * @param side the side's name
		 * @return the times in nanoseconds
		 */
		long[] firstAudio(String side) {
			Stats.Samples all = new Stats.Samples();
			for (Round round : this.rounds.get(side)) {
				for (long time : round.firstAudio()) {
					all.add(time);
				}
			}
			return all.toArray();
		}

		/**
		 * Return the median over the rounds of a side of each round's p99 first-audio time:
		 * unlike the p99 of all contexts, which one slow round of a thousand contexts can
		 * decide, it shrugs off a few rounds slowed by other work on the machine.
		 * @param side the side's name
		 * @return the time in nanoseconds
		 */
		double medianRoundP99(String side) {
			return Stats.median(this.rounds.get(side)
				.stream()
				.mapToDouble((round) -> Stats.percentile(round.firstAudio(), 99))
				.toArray());
		}

		/**
		 * Return the ratio of the p99 first-audio times of two sides, round by round: the
		 * rounds of the same number ran one right after the other.
		 * @param side the side
		 * @param baseline the side to divide by
		 * @return one ratio per round
		 */
		double[] p99Ratios(String side, String baseline) {
			List<Round> sideRounds = this.rounds.get(side);
			List<Round> baselineRounds = this.rounds.get(baseline);
			double[] ratios = new double[sideRounds.size()];
			for (int i = 0; i < ratios.length; i++) {
				ratios[i] = (double) Stats.percentile(sideRounds.get(i).firstAudio(), 99)
						/ Stats.percentile(baselineRounds.get(i).firstAudio(), 99);
			}
			return ratios;
		}

		/**
		 * Return the CPU time per context over all rounds of a side: a single round lasts
		 * too few clock ticks of the CPU counters to be measured alone.
		 * @param side the side's name
		 * @param process the CPU time of a round of one process, in nanoseconds
		 * @return the CPU time per context in microseconds
		 */
		double microsPerContext(String side, ToLongFunction<Round> process) {
			List<Round> sideRounds = this.rounds.get(side);
			long nanos = sideRounds.stream().mapToLong(process).sum();
			long contexts = sideRounds.stream().mapToLong((round) -> round.firstAudio().length).sum();
			return nanos / 1e3 / contexts;
		}

		/**
		 * Return the average of a metric over every round of every side.
		 * @param metric the metric
		 * @return the average
		 */
		double average(ToDoubleFunction<Round> metric) {
			return this.rounds.values().stream().flatMap(List::stream).mapToDouble(metric).average().orElse(Double.NaN);
		}

	}

}
