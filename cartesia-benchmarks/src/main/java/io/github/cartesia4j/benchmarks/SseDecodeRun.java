package io.github.cartesia4j.benchmarks;

import java.nio.file.Path;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.RunnerException;

import io.github.cartesia4j.client.tts.SseDecodeBenchmark;

/**
 * Runs {@link SseDecodeBenchmark} through JMH in a forked JVM and reports audio decoded per
 * CPU-second and per wall-clock second.
 *
 * @author cartesia4j
 */
final class SseDecodeRun {

	private SseDecodeRun() {
	}

	static void run(Results results, boolean quick, Path out) throws RunnerException {
		BenchmarkSuite.log("sse-decode: JMH, one thread, %d KiB of audio per operation", SseDecodeBenchmark.AUDIO_BYTES / 1024);
		for (RunResult result : JmhRuns.run(SseDecodeBenchmark.class, quick, 4, 6, out.resolve("jmh.log"))) {
			String method = JmhRuns.method(result);
			double wall = result.getPrimaryResult().getScore() * SseDecodeBenchmark.AUDIO_BYTES / 1e6;
			double error = result.getPrimaryResult().getScoreError() * SseDecodeBenchmark.AUDIO_BYTES / 1e6;
			double audio = result.getSecondaryResults().get("audioBytes").getScore();
			double cpuNanos = result.getSecondaryResults().get("cpuNanos").getScore();
			double perCpuSecond = audio / (cpuNanos / 1e9) / 1e6;
			BenchmarkSuite.log("  %-12s %8.1f MB of audio per CPU-second; wall clock %.1f MB/s (+- %.1f)", method, perCpuSecond,
					wall, error);
			if ("decode".equals(method)) {
				results.add("sse-decode-mb-per-s", perCpuSecond, "MB/s",
						"audio from SSE through SseDecoder + TTS event parsing, per CPU-second of 1 thread (MB = 10^6 B)");
				results.add("sse-decode-wall-mb-per-s", wall, "MB/s",
						"the same, JMH wall-clock score (exposed to other load on the machine)");
			}
			else {
				results.add("sse-decode-base64-floor-mb-per-s", perCpuSecond, "MB/s",
						"java.util.Base64 alone on the same payloads per CPU-second: the floor for any decoder");
			}
		}
	}

}
