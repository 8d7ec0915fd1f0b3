package io.github.cartesia4j.test.simulator;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.resources.LoopResources;

/**
 * A local fake of the Cartesia API: an in-process Reactor Netty server on a loopback port
 * that checks credentials and request bodies like the real API and streams synthetic
 * audio (see {@link SyntheticSpeech}).
 * <pre class="code">
 * try (CartesiaSimulator simulator = CartesiaSimulator.start()) {
 *     String baseUrl = simulator.baseUrl();
 *     // point the client at baseUrl, with any non-blank API key
 * }
 * </pre>
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public final class CartesiaSimulator implements AutoCloseable {

	/**
	 * API version reported by {@code GET /}.
	 */
	public static final String API_VERSION = "2025-11-04";

	private static final String HOST = "127.0.0.1";

	private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(5);

	private final RequestRecorder recorder;

	private final SimulatorFaults faults = new SimulatorFaults();

	private final LoopResources loops;

	private final DisposableServer server;

	private final AtomicBoolean closed = new AtomicBoolean();

	private CartesiaSimulator(SimulatorSettings settings, int port) {
		this.recorder = new RequestRecorder(settings.recordRequests());
		this.loops = LoopResources.create("cartesia-simulator", 1, LoopResources.DEFAULT_IO_WORKER_COUNT, true);
		SimulatorState state = new SimulatorState();
		List<SimulatorRoutes> resources = List.of(new StatusRoutes(), new TtsRoutes(settings),
				new AgentsRoutes(settings, state), new AuthRoutes(settings, state), new DatasetsRoutes(settings, state),
				new FineTunesRoutes(settings, state), new InfillRoutes(settings, state),
				new PronunciationDictsRoutes(settings, state), new SttRoutes(settings, state),
				new VoiceChangerRoutes(settings, state), new VoicesRoutes(settings, state));
		SimulatorAuth auth = new SimulatorAuth(settings.apiKey());
		try {
			this.server = HttpServer.create().runOn(this.loops).host(HOST).port(port).route((routes) -> {
				SimulatorRouter router = new SimulatorRouter(routes, auth, this.recorder, this.faults);
				resources.forEach((resource) -> resource.register(router));
				router.fallback();
			}).bindNow();
		}
		catch (RuntimeException ex) {
			this.loops.dispose();
			throw ex;
		}
	}

	/**
	 * Start a simulator with the default settings on a free port.
	 * @return the running simulator
	 */
	public static CartesiaSimulator start() {
		return builder().start();
	}

	/**
	 * Return a builder to configure and start a simulator.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Return the port the simulator listens on.
	 * @return the port
	 */
	public int port() {
		return this.server.port();
	}

	/**
	 * Return the base URL to point a Cartesia client at, such as
	 * {@code http://127.0.0.1:54321}.
	 * @return the base URL
	 */
	public String baseUrl() {
		return "http://" + HOST + ":" + port();
	}

	/**
	 * Return the requests received so far, in order; empty when recording is disabled.
	 * @return a snapshot of the recorded requests
	 */
	public List<RecordedRequest> requests() {
		return this.recorder.requests();
	}

	/**
	 * Return the scripted faults, to make the next requests fail in chosen ways.
	 * @return the fault registry
	 */
	public SimulatorFaults faults() {
		return this.faults;
	}

	/**
	 * Forget the recorded requests.
	 */
	public void clearRequests() {
		this.recorder.clear();
	}

	/**
	 * Stop the simulator and release its port and threads; does nothing if already closed.
	 */
	@Override
	public void close() {
		if (this.closed.compareAndSet(false, true)) {
			try {
				this.server.disposeNow(SHUTDOWN_TIMEOUT);
			}
			finally {
				this.loops.disposeLater(Duration.ZERO, SHUTDOWN_TIMEOUT).block(SHUTDOWN_TIMEOUT.multipliedBy(2));
			}
		}
	}

	/**
	 * Whether {@link #close()} has been called.
	 * @return {@code true} once closed
	 */
	public boolean isClosed() {
		return this.closed.get();
	}

	/**
	 * Configures and starts a {@link CartesiaSimulator}.
	 */
	public static final class Builder {

		private @Nullable String apiKey;

		private Duration chunkDuration = Duration.ofMillis(40);

		private Duration chunkDelay = Duration.ZERO;

		private int port;

		private boolean recordRequests = true;

		private Builder() {
		}

		/**
		 * Accept only this API key; by default any non-blank key is accepted.
		 * @param apiKey the API key, or {@code null} to accept any
		 * @return this builder
		 */
		public Builder apiKey(@Nullable String apiKey) {
			this.apiKey = apiKey;
			return this;
		}

		/**
		 * Set the audio duration carried by one streamed chunk (40 ms by default).
		 * @param chunkDuration a positive duration
		 * @return this builder
		 */
		public Builder chunkDuration(Duration chunkDuration) {
			check(!chunkDuration.isNegative() && !chunkDuration.isZero(), "chunkDuration must be positive");
			this.chunkDuration = chunkDuration;
			return this;
		}

		/**
		 * Set the pause between two streamed chunks, to simulate real-time generation
		 * (none by default).
		 * @param chunkDelay a duration, zero or positive
		 * @return this builder
		 */
		public Builder chunkDelay(Duration chunkDelay) {
			check(!chunkDelay.isNegative(), "chunkDelay must not be negative");
			this.chunkDelay = chunkDelay;
			return this;
		}

		/**
		 * Set the port to listen on; 0 (the default) picks a free port.
		 * @param port the port
		 * @return this builder
		 */
		public Builder port(int port) {
			check(port >= 0 && port <= 65535, "port must be between 0 and 65535");
			this.port = port;
			return this;
		}

		/**
		 * Set whether received requests are kept for {@link CartesiaSimulator#requests()}
		 * (on by default); turn it off for long benchmarks, where the list would grow
		 * without bound.
		 * @param recordRequests whether to record requests
		 * @return this builder
		 */
		public Builder recordRequests(boolean recordRequests) {
			this.recordRequests = recordRequests;
			return this;
		}

		/**
		 * Start the simulator.
		 * @return the running simulator
		 */
		public CartesiaSimulator start() {
			String key = (this.apiKey != null && !this.apiKey.isBlank()) ? this.apiKey : null;
			return new CartesiaSimulator(
					new SimulatorSettings(key, this.chunkDuration, this.chunkDelay, this.recordRequests), this.port);
		}

		private static void check(boolean condition, String message) {
			if (!condition) {
				throw new IllegalArgumentException(message);
			}
		}

	}

}
