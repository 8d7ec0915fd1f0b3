package io.github.cartesia4j.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.github.cartesia4j.client.CartesiaClient;
import io.github.cartesia4j.client.tts.TtsContextSettings;

/**
 * Runs the benchmarks and prints one {@code RESULT <name>=<value>} line per figure, then a
 * table. Started by {@code cartesia-benchmarks/run}.
 * <p>
 * Arguments: {@code --quick} for a short smoke run with the same figures, {@code --only a,b}
 * to run some sections ({@code server}, {@code throughput}, {@code first-audio},
 * {@code layers}, {@code sse-decode}, {@code heap}, {@code startup}, {@code ws}),
 * {@code --out DIR} for the result files and chart.
 *
 * @author cartesia4j
 */
public final class BenchmarkSuite {

	static final int RESPONSE_BYTES = 256 * 1024;

	static final int CONCURRENCY = 64;

	private static final Set<String> SECTIONS = Set.of("server", "throughput", "first-audio", "layers", "sse-decode",
			"heap", "startup", "ws");

	private final boolean quick;

	private final Set<String> sections;

	private final Path out;

	private final Results results = new Results();

	private final ChartData chart = new ChartData();

	private BenchmarkSuite(boolean quick, Set<String> sections, Path out) {
		this.quick = quick;
		this.sections = sections;
		this.out = out;
	}

	/**
	 * Run the suite.
	 * @param args see the class description
	 * @throws Exception on failure
	 */
	public static void main(String[] args) throws Exception {
		boolean quick = false;
		Set<String> sections = new LinkedHashSet<>(SECTIONS);
		Path out = Path.of("target", "benchmark-results");
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--quick" -> quick = true;
				case "--only" -> {
					sections = new LinkedHashSet<>(Arrays.asList(args[++i].split(",")));
					if (!SECTIONS.containsAll(sections)) {
						throw new IllegalArgumentException("Unknown section in " + sections + "; known: " + SECTIONS);
					}
				}
				case "--out" -> out = Path.of(args[++i]);
				default -> throw new IllegalArgumentException("Unknown argument " + args[i]);
			}
		}
		Files.createDirectories(out);
		new BenchmarkSuite(quick, sections, out).run();
		System.exit(0);
	}

	private void run() throws Exception {
		long started = System.nanoTime();
		File serverLog = this.out.resolve("server.log").toFile();
		if (this.sections.contains("server")) {
			ServerChoice.run(this.results, serverLog, this.quick);
		}
		if (this.sections.contains("throughput") || this.sections.contains("first-audio")) {
			try (ServerProcess server = ServerProcess.start(serverLog, "--bytes", String.valueOf(RESPONSE_BYTES))) {
				CartesiaClient client = BenchmarkRequests.client(server.baseUrl());
				TtsSide raw = BenchmarkRequests.raw(server.baseUrl());
				if (this.sections.contains("first-audio")) {
					firstAudio(raw, BenchmarkRequests.cartesiaArrays("client", client));
				}
				if (this.sections.contains("throughput")) {
					throughput(new LoadDriver(new CpuClock(server.handle())), server.baseUrl(), raw,
							BenchmarkRequests.cartesia("client", client),
							BenchmarkRequests.cartesiaArrays("client-array", client));
				}
			}
		}
		if (this.sections.contains("layers")) {
			ClientLayersRun.run(this.results, this.quick, this.out);
		}
		if (this.sections.contains("sse-decode")) {
			SseDecodeRun.run(this.results, this.quick, this.out);
		}
		if (this.sections.contains("heap")) {
			HeapStreamMain.measure(this.results, serverLog, this.quick);
		}
		if (this.sections.contains("startup")) {
			StartupMain.measure(this.results, this.quick);
		}
		if (this.sections.contains("ws")) {
			webSocket();
		}
		log("finished in %.0f s", (System.nanoTime() - started) / 1e9);
		report();
	}

	private void firstAudio(TtsSide raw, TtsSide ours) {
		Duration minWarmup = Duration.ofSeconds(this.quick ? 1 : 5);
		Duration maxWarmup = Duration.ofSeconds(this.quick ? 5 : 40);
		int iterations = this.quick ? 500 : 3000;
		long sseBody = AudioServer.Audio.sseEvents(new byte[RESPONSE_BYTES], AudioServer.CHUNK_BYTES)
			.stream()
			.mapToLong((event) -> event.length)
			.sum();
		double[] overheads = new double[2];
		String[] transports = { "bytes", "sse" };
		for (int t = 0; t < transports.length; t++) {
			String transport = transports[t];
			log("first-audio %s: %d sequential requests per side, alternating", transport, iterations);
			boolean sse = "sse".equals(transport);
			FirstAudioBenchmark.Outcome outcome = FirstAudioBenchmark.run(raw, ours,
					sse ? TtsSide::sse : TtsSide::bytes, minWarmup, maxWarmup, iterations,
					(side) -> (sse && side == raw) ? sseBody : RESPONSE_BYTES);
			double rawP50 = Stats.percentile(outcome.raw(), 50) / 1e3;
			double clientP50 = Stats.percentile(outcome.client(), 50) / 1e3;
			double paired = Stats.percentile(outcome.differences(), 50) / 1e3;
			overheads[t] = clientP50 - rawP50;
			log("  raw p50 %.1f us p99 %.1f us | client p50 %.1f us p99 %.1f us | median paired difference %.1f us",
					rawP50, Stats.percentile(outcome.raw(), 99) / 1e3, clientP50,
					Stats.percentile(outcome.client(), 99) / 1e3, paired);
			this.results.add("tts-first-audio-overhead-us-" + transport, overheads[t], "us",
					"p50 first audio, client minus raw, " + transport, "<= 500", overheads[t] <= 500);
			this.results.add("tts-first-audio-p50-us-" + transport + "-raw", rawP50, "us",
					"p50 first audio, raw Netty, " + transport);
			this.results.add("tts-first-audio-p50-us-" + transport + "-client", clientP50, "us",
					"p50 first audio, TtsClient, " + transport);
			this.results.add("tts-first-audio-paired-overhead-us-" + transport, paired, "us",
					"median of per-pair differences, " + transport);
			this.chart.firstAudio(transport, rawP50, clientP50);
		}
		double max = Math.max(overheads[0], overheads[1]);
		this.results.add("tts-first-audio-overhead-us", max, "us", "max of the bytes and SSE overheads", "<= 500",
				max <= 500);
	}

	private void throughput(LoadDriver driver, String baseUrl, TtsSide raw, TtsSide ours, TtsSide oursArrays) {
		ThroughputBenchmark.Settings settings = this.quick
				? new ThroughputBenchmark.Settings(CONCURRENCY, Duration.ofSeconds(1), Duration.ofSeconds(2),
						Duration.ofSeconds(10), 2, RESPONSE_BYTES)
				: new ThroughputBenchmark.Settings(CONCURRENCY, Duration.ofSeconds(2), Duration.ofSeconds(15),
						Duration.ofSeconds(60), 12, RESPONSE_BYTES);
		TtsSide rawCopy = BenchmarkRequests.rawCopy(baseUrl);
		List<TtsSide> sides = List.of(raw, rawCopy, BenchmarkRequests.connector(baseUrl),
				BenchmarkRequests.webClient(baseUrl), ours, oursArrays);
		log("throughput: %d concurrent, %d KiB responses, %d rounds of %d ms per side after the warm-up; sides %s",
				CONCURRENCY, RESPONSE_BYTES / 1024, settings.rounds(), settings.phase().toMillis(),
				sides.stream().map(TtsSide::name).toList());
		ThroughputBenchmark.Outcome outcome = ThroughputBenchmark.run(driver, sides, TtsSide::bytes, settings);
		String client = ours.name();
		double[] ratios = outcome.throughputRatios(client, raw.name());
		double ratio = Stats.median(ratios);
		long[] rawLatencies = outcome.latencies(raw.name());
		long[] clientLatencies = outcome.latencies(client);
		double p50Ratio = (double) Stats.percentile(clientLatencies, 50) / Stats.percentile(rawLatencies, 50);
		double p99Ratio = (double) Stats.percentile(clientLatencies, 99) / Stats.percentile(rawLatencies, 99);
		this.results.add("tts-bytes-throughput-ratio", ratio, "ratio",
				"req/s TtsClient.bytesAsDataBuffers / raw Netty, median of " + ratios.length + " rounds", ">= 0.90",
				ratio >= 0.90);
		this.results.add("tts-bytes-throughput-ratio-min", Stats.min(ratios), "ratio", "lowest round (noise)");
		this.results.add("tts-bytes-throughput-ratio-max", Stats.max(ratios), "ratio", "highest round (noise)");
		this.results.add("tts-bytes-p50-ratio", p50Ratio, "ratio", "p50 latency bytesAsDataBuffers / raw Netty",
				"<= 1.10", p50Ratio <= 1.10);
		this.results.add("tts-bytes-p99-ratio", p99Ratio, "ratio", "p99 latency bytesAsDataBuffers / raw Netty",
				"<= 1.25", p99Ratio <= 1.25);
		for (TtsSide side : sides) {
			String name = side.name();
			this.results.add("tts-bytes-rps-" + name, Stats.median(outcome.rps(name)), "req/s",
					"requests per second, median round, " + name);
			this.results.add("tts-bytes-client-cpu-us-per-request-" + name,
					outcome.median(name, LoadDriver.Phase::clientMicrosPerRequest), "us",
					"client JVM CPU per 256 KiB response, median round, " + name);
		}
		for (TtsSide side : sides) {
			long[] latencies = outcome.latencies(side.name());
			this.results.add("tts-bytes-p50-ms-" + side.name(), Stats.percentile(latencies, 50) / 1e6, "ms",
					"p50 latency at " + CONCURRENCY + " concurrent, " + side.name());
			this.results.add("tts-bytes-p99-ms-" + side.name(), Stats.percentile(latencies, 99) / 1e6, "ms",
					"p99 latency at " + CONCURRENCY + " concurrent, " + side.name());
		}
		String arrays = oursArrays.name();
		this.results.add("tts-bytes-connector-throughput-ratio",
				Stats.median(outcome.throughputRatios("connector", raw.name())), "ratio",
				"req/s Spring's ReactorClientHttpConnector alone / raw Netty");
		this.results.add("tts-bytes-webclient-throughput-ratio",
				Stats.median(outcome.throughputRatios("webclient", raw.name())), "ratio",
				"req/s plain WebClient / raw Netty");
		this.results.add("tts-bytes-throughput-ratio-vs-webclient",
				Stats.median(outcome.throughputRatios(client, "webclient")), "ratio",
				"req/s TtsClient.bytesAsDataBuffers / plain WebClient streaming DataBuffers");
		this.results.add("tts-bytes-array-throughput-ratio", Stats.median(outcome.throughputRatios(arrays, raw.name())),
				"ratio", "req/s TtsClient.bytes (byte[]) / raw Netty, which copies nothing");
		this.results.add("tts-bytes-array-throughput-ratio-vs-raw-copy",
				Stats.median(outcome.throughputRatios(arrays, rawCopy.name())), "ratio",
				"req/s TtsClient.bytes (byte[]) / raw Netty copying into byte[] too");
		long[] arrayLatencies = outcome.latencies(arrays);
		long[] copyLatencies = outcome.latencies(rawCopy.name());
		this.results.add("tts-bytes-array-p50-ratio-vs-raw-copy",
				(double) Stats.percentile(arrayLatencies, 50) / Stats.percentile(copyLatencies, 50), "ratio",
				"p50 latency TtsClient.bytes / raw Netty copying into byte[]");
		this.results.add("tts-bytes-array-p99-ratio-vs-raw-copy",
				(double) Stats.percentile(arrayLatencies, 99) / Stats.percentile(copyLatencies, 99), "ratio",
				"p99 latency TtsClient.bytes / raw Netty copying into byte[]");
		double serverCores = outcome.average((phase) -> phase.cpu().server());
		double clientCores = outcome.average((phase) -> phase.cpu().client());
		double serverMicros = outcome.median(raw.name(), LoadDriver.Phase::serverMicrosPerRequest);
		double rawRps = Stats.median(outcome.rps(raw.name()));
		this.results.add("server-cpu-share", serverCores / (serverCores + clientCores), "ratio",
				"server CPU / (server + client CPU) during the throughput phases");
		this.results.add("server-cpu-us-per-request", serverMicros, "us", "server CPU per 256 KiB response");
		this.results.add("server-alone-capacity-ratio",
				Runtime.getRuntime().availableProcessors() * 1e6 / serverMicros / rawRps, "x",
				"req/s the server alone could serve on all cores / raw req/s measured");
		this.results.add("machine-other-cores", outcome.average((phase) -> phase.cpu().others()), "cores",
				"CPU other processes used meanwhile (noise), of " + Runtime.getRuntime().availableProcessors());
		this.chart.throughput(new String[] { "raw Reactor Netty", "TtsClient.bytesAsDataBuffers", "TtsClient.bytes" },
				new double[][] { outcome.rps(raw.name()), outcome.rps(client), outcome.rps(arrays) },
				new long[][] { rawLatencies, clientLatencies, arrayLatencies });
		this.chart.cpu(sides.stream().map(TtsSide::name).toArray(String[]::new), sides.stream()
			.mapToDouble((side) -> outcome.median(side.name(), LoadDriver.Phase::clientMicrosPerRequest))
			.toArray());
	}

	private void webSocket() throws Exception {
		int contexts = WebSocketContextsBenchmark.CONTEXTS;
		WebSocketContextsBenchmark.Settings settings = this.quick
				? new WebSocketContextsBenchmark.Settings(contexts, Duration.ofSeconds(2), Duration.ofSeconds(8), 5)
				: new WebSocketContextsBenchmark.Settings(contexts, Duration.ofSeconds(10), Duration.ofSeconds(40), 100);
		TtsContextSettings contextSettings = WebSocketContextsBenchmark.contextSettings();
		String transcript = BenchmarkRequests.TRANSCRIPT;
		log("ws: %d contexts at once on one WebSocket per side, %d rounds per side after the warm-up, alternating",
				contexts, settings.rounds());
		WebSocketContextsBenchmark.Outcome outcome;
		try (ServerProcess server = ServerProcess.start(this.out.resolve("server.log").toFile());
				RawWebSocketSide raw = new RawWebSocketSide(server.baseUrl(), contextSettings, transcript);
				ClientWebSocketSide client = new ClientWebSocketSide(
						BenchmarkRequests.client(server.baseUrl()).tts(), contextSettings, transcript)) {
			outcome = WebSocketContextsBenchmark.run(new CpuClock(server.handle()), List.of(raw, client), settings);
		}
		String figure = WebSocketContextsBenchmark.FIGURE;
		String rounds = settings.rounds() + " rounds";
		long[] clientTimes = outcome.firstAudio("client");
		long[] rawTimes = outcome.firstAudio("raw");
		double clientP99 = Stats.percentile(clientTimes, 99) / 1e6;
		double rawP99 = Stats.percentile(rawTimes, 99) / 1e6;
		this.results.add(figure + "-first-audio-p99-ms", clientP99, "ms", "p99 time from starting a context to its "
				+ "first audio, " + contexts + " contexts at once on one WebSocket, TtsClient, all contexts of "
				+ rounds);
		this.results.add(figure + "-first-audio-p50-ms", Stats.percentile(clientTimes, 50) / 1e6, "ms",
				"p50 of the same, TtsClient");
		this.results.add(figure + "-first-audio-p99-ms-raw", rawP99, "ms", "p99 of the same, raw Netty WebSocket");
		this.results.add(figure + "-first-audio-p50-ms-raw", Stats.percentile(rawTimes, 50) / 1e6, "ms",
				"p50 of the same, raw Netty WebSocket");
		double[] ratios = outcome.p99Ratios("client", "raw");
		double ratio = Stats.median(ratios);
		this.results.add(figure + "-first-audio-p99-ratio", ratio, "ratio", String.format(Locale.ROOT,
				"p99 first audio TtsClient / raw Netty WebSocket, median of the %d round pairs (%.2f to %.2f; "
						+ "ratio of the p99s of all contexts %.2f)",
				ratios.length, Stats.min(ratios), Stats.max(ratios), clientP99 / rawP99));
		this.results.add(figure + "-first-audio-p99-ms-median-round", outcome.medianRoundP99("client") / 1e6, "ms",
				"median over the rounds of each round's p99, TtsClient (steadier under noise)");
		this.results.add(figure + "-first-audio-p99-ms-median-round-raw", outcome.medianRoundP99("raw") / 1e6, "ms",
				"median over the rounds of each round's p99, raw Netty WebSocket");
		this.results.add(figure + "-client-cpu-us-per-context",
				outcome.microsPerContext("client", (round) -> round.cpu().clientNanos()), "us",
				"client JVM CPU per context (" + WebSocketAudio.CHUNKS + " chunks of 40 ms), all rounds, TtsClient");
		this.results.add(figure + "-client-cpu-us-per-context-raw",
				outcome.microsPerContext("raw", (round) -> round.cpu().clientNanos()), "us",
				"client JVM CPU per context, all rounds, raw Netty WebSocket");
		this.results.add(figure + "-server-cpu-us-per-context",
				outcome.microsPerContext("raw", (round) -> round.cpu().serverNanos()), "us",
				"server CPU per context, all rounds of the raw side");
		this.results.add(figure + "-machine-other-cores", outcome.average((round) -> round.cpu().others()), "cores",
				"CPU other processes used during the ws rounds (noise), of "
						+ Runtime.getRuntime().availableProcessors());
	}

	private void report() throws IOException {
		System.out.println();
		this.results.printResults(System.out);
		System.out.println();
		this.results.printTable(System.out);
		Files.writeString(this.out.resolve("results.md"), this.results.markdown());
		try (PrintStream lines = new PrintStream(this.out.resolve("results.txt").toFile())) {
			this.results.printResults(lines);
		}
		Path png = this.out.resolve("benchmarks.png");
		this.chart.write(png, this.results);
		System.out.println();
		System.out.println("Chart: " + png.toAbsolutePath() + "  table: " + this.out.resolve("results.md"));
	}

	static void log(String format, Object... args) {
		System.err.println(String.format(Locale.ROOT, format, args));
	}

}
