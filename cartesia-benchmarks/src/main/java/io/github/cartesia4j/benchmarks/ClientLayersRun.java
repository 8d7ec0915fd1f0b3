package io.github.cartesia4j.benchmarks;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.RunnerException;

/**
 * Runs {@link ClientLayersBenchmark} through JMH in a forked JVM and reports what the client
 * adds to a plain {@link org.springframework.web.reactive.function.client.WebClient} call,
 * per call, without the network.
 *
 * @author cartesia4j
 */
final class ClientLayersRun {

	private ClientLayersRun() {
	}

	static void run(Results results, boolean quick, Path out) throws RunnerException {
		BenchmarkSuite.log("layers: JMH, one thread, %d KiB per call in %d-byte chunks, in memory",
				BenchmarkSuite.RESPONSE_BYTES / 1024, ClientLayersBenchmark.CHUNK_BYTES);
		Map<String, Double> micros = new HashMap<>();
		for (RunResult result : JmhRuns.run(ClientLayersBenchmark.class, quick, 5, 8, out.resolve("jmh-layers.log"))) {
			String method = JmhRuns.method(result);
			micros.put(method, result.getPrimaryResult().getScore() / 1e3);
			BenchmarkSuite.log("  %-14s %6.2f us per call (+- %.2f)", method, result.getPrimaryResult().getScore() / 1e3,
					result.getPrimaryResult().getScoreError() / 1e3);
		}
		double webClient = micros.get("webClient");
		double buffers = micros.get("clientBuffers");
		double arrays = micros.get("clientArrays");
		results.add("client-layers-us-per-call", buffers - webClient, "us",
				"CPU the client adds to a plain WebClient call (bytesAsDataBuffers), no network");
		results.add("client-layers-webclient-us-per-call", webClient, "us",
				"a plain WebClient call streaming 256 KiB, no network");
		results.add("client-layers-buffers-us-per-call", buffers, "us", "TtsClient.bytesAsDataBuffers, no network");
		results.add("client-layers-arrays-us-per-call", arrays, "us", "TtsClient.bytes (copies into byte[]), no network");
	}

}
