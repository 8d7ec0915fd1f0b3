package io.github.cartesia4j.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import io.github.cartesia4j.client.CartesiaClient;
import io.github.cartesia4j.client.tts.SseDecodeBenchmark;

/**
 * Runs the benchmarks and prints one {@code RESULT <name>=<value>} line per figure, then a
 * table. Started by {@code cartesia-benchmarks/run}.
 * <p>
 * Arguments: {@code --quick} for a short smoke run with the same figures, {@code --only a,b}
 * to run some sections ({@code server}, {@code throughput}, {@code first-audio},
 * {@code sse-decode}, {@code heap}, {@code startup}, {@code ws}), {@code --out DIR} for the
 * result files and chart.
 *
 * @author cartesia4j
 */
public final class BenchmarkSuite {

	static final int RESPONSE_BYTES = 256 * 1024;

	static final int CONCURRENCY = 64;

	private static final Set<String> SECTIONS = Set.of("server", "throughput", "first-audio", "sse-decode", "heap",
			"startup", "ws");

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
			serverChoice(serverLog);
		}
		if (this.sections.contains("throughput") || this.sections.contains("first-audio")) {
			try (ServerProcess server = ServerProcess.start(serverLog, "--bytes", String.valueOf(RESPONSE_BYTES))) {
				CartesiaClient client = BenchmarkRequests.client(server.baseUrl());
				TtsSide raw = BenchmarkRequests.raw(server.baseUrl());
				TtsSide ours = BenchmarkRequests.cartesia("client", client);
				if (this.sections.contains("first-audio")) {
					firstAudio(raw, ours);
				}
				if (this.sections.contains("throughput")) {
					throughput(new LoadDriver(new CpuClock(server.handle())), server.baseUrl(), raw, ours);
				}
			}
		}
		if (this.sections.contains("sse-decode")) {
			sseDecode();
		}
		if (this.sections.contains("heap")) {
			heap(serverLog);
		}
		if (this.sections.contains("startup")) {
			startup();
		}
		if (this.sections.contains("ws")) {
			webSocket();
		}
		log("finished in %.0f s", (System.nanoTime() - started) / 1e9);
		report();
	}

	private void serverChoice(File serverLog) throws Exception {
		log("server: raw client against the minimal server and the simulator, %d concurrent", CONCURRENCY);
		Duration phase = Duration.ofSeconds(this.quick ? 1 : 3);
		double[] rps = new double[2];
		double[] cpu = new double[2];
		double[] mbps = new double[2];
		String[][] variants = { { "--bytes", String.valueOf(RESPONSE_BYTES) }, { "--simulator" } };
		for (int i = 0; i < variants.length; i++) {
			try (ServerProcess server = ServerProcess.start(serverLog, variants[i])) {
				TtsSide raw = BenchmarkRequests.raw(server.baseUrl());
				TtsSide.Timing probe = new TtsSide.Timing();
				long bytes = raw.bytes(probe.start()).block(Duration.ofSeconds(30));
				LoadDriver driver = new LoadDriver(new CpuClock(server.handle()));
				Warmup.untilJitSettles(() -> driver.run(raw, TtsSide::bytes, CONCURRENCY, Duration.ofSeconds(1), bytes),
						phase, phase.multipliedBy(5));
				LoadDriver.Phase measured = driver.run(raw, TtsSide::bytes, CONCURRENCY, phase, bytes);
				rps[i] = measured.requestsPerSecond();
				cpu[i] = measured.serverMicrosPerRequest();
				mbps[i] = rps[i] * bytes / 1e6;
				log("  %-10s %6d bytes/response %8.0f req/s %7.1f MB/s, server CPU %.0f us/request, cores: client "
						+ "%.2f server %.2f others %.2f", (i == 0) ? "minimal" : "simulator", bytes, rps[i], mbps[i], cpu[i],
						measured.cpu().client(), measured.cpu().server(), measured.cpu().others());
			}
		}
		this.results.add("server-minimal-rps", rps[0], "req/s", "raw client on the minimal Netty server");
		this.results.add("server-simulator-rps", rps[1], "req/s", "raw client on the Cartesia simulator");
		this.results.add("server-minimal-cpu-us-per-request", cpu[0], "us", "minimal server CPU per response");
		this.results.add("server-simulator-cpu-us-per-request", cpu[1], "us", "simulator CPU per response");
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

	private void throughput(LoadDriver driver, String baseUrl, TtsSide raw, TtsSide ours) {
		ThroughputBenchmark.Settings settings = this.quick
				? new ThroughputBenchmark.Settings(CONCURRENCY, Duration.ofSeconds(1), Duration.ofSeconds(2),
						Duration.ofSeconds(10), 2, RESPONSE_BYTES)
				: new ThroughputBenchmark.Settings(CONCURRENCY, Duration.ofSeconds(2), Duration.ofSeconds(15),
						Duration.ofSeconds(60), 12, RESPONSE_BYTES);
		List<TtsSide> sides = List.of(raw, BenchmarkRequests.rawCopy(baseUrl), BenchmarkRequests.webClient(baseUrl),
				ours);
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
				"req/s TtsClient.bytes / raw Netty, median of " + ratios.length + " rounds", ">= 0.90", ratio >= 0.90);
		this.results.add("tts-bytes-throughput-ratio-min", Stats.min(ratios), "ratio", "lowest round (noise)");
		this.results.add("tts-bytes-throughput-ratio-max", Stats.max(ratios), "ratio", "highest round (noise)");
		this.results.add("tts-bytes-p50-ratio", p50Ratio, "ratio", "p50 latency TtsClient / raw Netty", "<= 1.10",
				p50Ratio <= 1.10);
		this.results.add("tts-bytes-p99-ratio", p99Ratio, "ratio", "p99 latency TtsClient / raw Netty", "<= 1.25",
				p99Ratio <= 1.25);
		for (TtsSide side : sides) {
			String name = side.name();
			this.results.add("tts-bytes-rps-" + name, Stats.median(outcome.rps(name)), "req/s",
					"requests per second, median round, " + name);
			this.results.add("tts-bytes-client-cpu-us-per-request-" + name,
					outcome.median(name, LoadDriver.Phase::clientMicrosPerRequest), "us",
					"client JVM CPU per 256 KiB response, median round, " + name);
		}
		for (TtsSide side : List.of(raw, ours)) {
			long[] latencies = outcome.latencies(side.name());
			this.results.add("tts-bytes-p50-ms-" + side.name(), Stats.percentile(latencies, 50) / 1e6, "ms",
					"p50 latency at " + CONCURRENCY + " concurrent, " + side.name());
			this.results.add("tts-bytes-p99-ms-" + side.name(), Stats.percentile(latencies, 99) / 1e6, "ms",
					"p99 latency at " + CONCURRENCY + " concurrent, " + side.name());
		}
		double vsCopy = Stats.median(outcome.throughputRatios(client, "raw-copy"));
		double vsWebClient = Stats.median(outcome.throughputRatios(client, "webclient"));
		this.results.add("tts-bytes-throughput-ratio-vs-raw-copy", vsCopy, "ratio",
				"req/s TtsClient.bytes / raw Netty copying into byte[] like TtsClient must");
		this.results.add("tts-bytes-throughput-ratio-vs-webclient", vsWebClient, "ratio",
				"req/s TtsClient.bytes / plain WebClient copying into byte[]");
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
		this.chart.throughput(outcome.rps(raw.name()), outcome.rps(client), rawLatencies, clientLatencies);
		this.chart.cpu(sides.stream().map(TtsSide::name).toArray(String[]::new), sides.stream()
			.mapToDouble((side) -> outcome.median(side.name(), LoadDriver.Phase::clientMicrosPerRequest))
			.toArray());
	}

	private void sseDecode() throws RunnerException {
		log("sse-decode: JMH, one thread, %d KiB of audio per operation", SseDecodeBenchmark.AUDIO_BYTES / 1024);
		Options options = new OptionsBuilder().include(SseDecodeBenchmark.class.getName() + "\\.")
			.forks(1)
			.warmupIterations(this.quick ? 1 : 4)
			.warmupTime(TimeValue.seconds(this.quick ? 1 : 2))
			.measurementIterations(this.quick ? 2 : 6)
			.measurementTime(TimeValue.seconds(this.quick ? 1 : 2))
			.jvmArgs("-Xms512m", "-Xmx512m")
			.shouldFailOnError(true)
			.output(this.out.resolve("jmh.log").toString())
			.build();
		for (RunResult result : new Runner(options).run()) {
			String method = result.getParams().getBenchmark();
			method = method.substring(method.lastIndexOf('.') + 1);
			double wall = result.getPrimaryResult().getScore() * SseDecodeBenchmark.AUDIO_BYTES / 1e6;
			double error = result.getPrimaryResult().getScoreError() * SseDecodeBenchmark.AUDIO_BYTES / 1e6;
			double audio = result.getSecondaryResults().get("audioBytes").getScore();
			double cpuNanos = result.getSecondaryResults().get("cpuNanos").getScore();
			double perCpuSecond = audio / (cpuNanos / 1e9) / 1e6;
			log("  %-12s %8.1f MB of audio per CPU-second; wall clock %.1f MB/s (+- %.1f)", method, perCpuSecond,
					wall, error);
			if ("decode".equals(method)) {
				this.results.add("sse-decode-mb-per-s", perCpuSecond, "MB/s",
						"audio from SSE through SseDecoder + TTS event parsing, per CPU-second of 1 thread (MB = 10^6 B)");
				this.results.add("sse-decode-wall-mb-per-s", wall, "MB/s",
						"the same, JMH wall-clock score (exposed to other load on the machine)");
			}
			else {
				this.results.add("sse-decode-base64-floor-mb-per-s", perCpuSecond, "MB/s",
						"java.util.Base64 alone on the same payloads per CPU-second: the floor for any decoder");
			}
		}
	}

	private void heap(File serverLog) throws Exception {
		long total = this.quick ? 128L * 1024 * 1024 : 1024L * 1024 * 1024;
		log("heap: streaming %d MiB through TtsClient.bytes in a JVM with -Xmx64m", total / 1024 / 1024);
		try (ServerProcess server = ServerProcess.start(serverLog)) {
			List<String> command = ServerProcess.Jvm.command(List.of("-Xmx64m"), HeapStreamMain.class,
					server.baseUrl(), String.valueOf(total));
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			int exit = process.waitFor();
			String line = output.lines().filter((candidate) -> candidate.startsWith("HEAP ")).findFirst().orElse(null);
			if (exit != 0 || line == null) {
				throw new IllegalStateException("Heap benchmark failed (exit " + exit + "):\n" + output);
			}
			Map<String, String> values = new HashMap<>();
			for (String field : line.substring(5).split(" ")) {
				values.put(field.substring(0, field.indexOf('=')), field.substring(field.indexOf('=') + 1));
			}
			double mib = 1024 * 1024;
			double peak = Long.parseLong(values.get("peak")) / mib;
			double seconds = Double.parseDouble(values.get("seconds"));
			log("  %s", line);
			String name = this.quick ? "stream-128mib-heap-peak-mib" : "stream-1gib-heap-peak-mib";
			this.results.add(name, peak, "MiB", "peak heap (before any GC) streaming with -Xmx64m", "< 48",
					peak < 48);
			this.results.add("stream-heap-pool-peaks-mib", Long.parseLong(values.get("poolPeaks")) / mib, "MiB",
					"sum of the heap pools' peaks (upper bound)");
			this.results.add("stream-heap-live-after-gc-max-mib", Long.parseLong(values.get("liveMax")) / mib, "MiB",
					"largest heap use right after a GC (what stays reachable)");
			this.results.add("stream-heap-mb-per-s", Long.parseLong(values.get("bytes")) / 1e6 / seconds, "MB/s",
					"streaming rate with -Xmx64m");
		}
	}

	private void startup() throws Exception {
		int warmup = this.quick ? 3 : 15;
		int pairs = this.quick ? 8 : 60;
		log("startup: %d alternating pairs of fresh contexts with and without the Cartesia auto-configuration, "
				+ "after %d warm-up pairs, in a fresh JVM", pairs, warmup);
		List<String> command = ServerProcess.Jvm.command(List.of("-Xms512m", "-Xmx512m"), StartupMain.class,
				String.valueOf(warmup), String.valueOf(pairs));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		int exit = process.waitFor();
		List<long[]> measured = output.lines()
			.filter((line) -> line.startsWith("PAIR "))
			.map((line) -> line.substring(5).split(" "))
			.map((fields) -> new long[] { Long.parseLong(fields[0]), Long.parseLong(fields[1]) })
			.toList();
		if (exit != 0 || measured.size() != pairs) {
			throw new IllegalStateException("Startup benchmark failed (exit " + exit + "):\n" + output);
		}
		double[] with = measured.stream().mapToDouble((pair) -> pair[0] / 1e6).toArray();
		double[] without = measured.stream().mapToDouble((pair) -> pair[1] / 1e6).toArray();
		double[] differences = measured.stream().mapToDouble((pair) -> (pair[0] - pair[1]) / 1e6).toArray();
		double overhead = Stats.median(differences);
		log("  with: median %.1f ms, without: median %.1f ms, median paired difference %.1f ms", Stats.median(with),
				Stats.median(without), overhead);
		this.results.add("startup-overhead-ms", overhead, "ms",
				"context start with minus without the Cartesia auto-configuration, median of " + pairs + " pairs",
				"<= 50", overhead <= 50);
		this.results.add("startup-overhead-ms-difference-of-medians", Stats.median(with) - Stats.median(without), "ms",
				"median with minus median without (more exposed to drift than the paired figure)");
		this.results.add("startup-with-ms", Stats.median(with), "ms", "median context start with the starter");
		this.results.add("startup-without-ms", Stats.median(without), "ms", "median context start without it");
	}

	private void webSocket() {
		if (!WebSocketContextsBenchmark.available()) {
			log("ws: %s not measured: the WebSocket client is not in this build", WebSocketContextsBenchmark.FIGURE);
			this.results.note(WebSocketContextsBenchmark.FIGURE + ": not measured yet (no WebSocket client in this build)");
		}
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
