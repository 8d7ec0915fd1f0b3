package io.github.cartesia4j.benchmarks;

/**
 * Place for {@code ws-contexts-1000-first-audio-p99-ms}: 1000 concurrent TTS contexts over the
 * WebSocket client, p99 time to the first audio of each, against a raw Reactor Netty
 * WebSocket on the same server. The WebSocket client is not in this build yet, so this
 * section measures nothing and prints no {@code RESULT} line.
 * <p>
 * To add it: give {@link AudioServer} a WebSocket route that answers each
 * {@code context_id} with chunk frames then {@code done}; open one WebSocket per side; start
 * 1000 contexts per side, alternating the sides by round as {@link ThroughputBenchmark} does;
 * record the first-audio time of each context with {@link TtsSide.Timing}; report the p99
 * ratio and the client's p99 in milliseconds from {@code BenchmarkSuite}.
 *
 * @author cartesia4j
 */
final class WebSocketContextsBenchmark {

	static final String FIGURE = "ws-contexts-1000-first-audio-p99-ms";

	private WebSocketContextsBenchmark() {
	}

	/**
	 * Whether the benchmark can run in this build.
	 * @return {@code false} until the WebSocket client exists
	 */
	static boolean available() {
		return false;
	}

}
