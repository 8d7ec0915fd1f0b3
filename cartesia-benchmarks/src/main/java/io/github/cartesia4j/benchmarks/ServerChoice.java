package io.github.cartesia4j.benchmarks;

import java.io.File;
import java.time.Duration;

/**
 * Picks the faster server for the comparisons: the raw client against the minimal
 * {@link AudioServer} and against the Cartesia simulator, each in its own JVM, reporting the
 * requests per second and the server's CPU per response.
 *
 * @author cartesia4j
 */
final class ServerChoice {

	private ServerChoice() {
	}

	static void run(Results results, File serverLog, boolean quick) throws Exception {
		BenchmarkSuite.log("server: raw client against the minimal server and the simulator, %d concurrent",
				BenchmarkSuite.CONCURRENCY);
		Duration phase = Duration.ofSeconds(quick ? 1 : 3);
		double[] rps = new double[2];
		double[] cpu = new double[2];
		double[] mbps = new double[2];
		String[][] variants = { { "--bytes", String.valueOf(BenchmarkSuite.RESPONSE_BYTES) }, { "--simulator" } };
		for (int i = 0; i < variants.length; i++) {
			try (ServerProcess server = ServerProcess.start(serverLog, variants[i])) {
				TtsSide raw = BenchmarkRequests.raw(server.baseUrl());
				TtsSide.Timing probe = new TtsSide.Timing();
				long bytes = raw.bytes(probe.start()).block(Duration.ofSeconds(30));
				LoadDriver driver = new LoadDriver(new CpuClock(server.handle()));
				Warmup.untilJitSettles(() -> driver.run(raw, TtsSide::bytes, BenchmarkSuite.CONCURRENCY, Duration.ofSeconds(1), bytes),
						phase, phase.multipliedBy(5));
				LoadDriver.Phase measured = driver.run(raw, TtsSide::bytes, BenchmarkSuite.CONCURRENCY, phase, bytes);
				rps[i] = measured.requestsPerSecond();
				cpu[i] = measured.serverMicrosPerRequest();
				mbps[i] = rps[i] * bytes / 1e6;
				BenchmarkSuite.log("  %-10s %6d bytes/response %8.0f req/s %7.1f MB/s, server CPU %.0f us/request, cores: client "
						+ "%.2f server %.2f others %.2f", (i == 0) ? "minimal" : "simulator", bytes, rps[i], mbps[i], cpu[i],
						measured.cpu().client(), measured.cpu().server(), measured.cpu().others());
			}
		}
		results.add("server-minimal-rps", rps[0], "req/s", "raw client on the minimal Netty server");
		results.add("server-simulator-rps", rps[1], "req/s", "raw client on the Cartesia simulator");
		results.add("server-minimal-cpu-us-per-request", cpu[0], "us", "minimal server CPU per response");
		results.add("server-simulator-cpu-us-per-request", cpu[1], "us", "simulator CPU per response");
	}

}
