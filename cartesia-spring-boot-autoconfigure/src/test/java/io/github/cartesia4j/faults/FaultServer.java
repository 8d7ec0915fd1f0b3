package io.github.cartesia4j.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import io.github.cartesia4j.test.simulator.CartesiaSimulator;

/**
 * What a fault matrix row talks to: a simulator in one of a few set-ups, or a port nothing
 * listens on.
 *
 * @author cartesia4j
 */
enum FaultServer {

	/**
	 * A simulator with its defaults: chunks sent back to back.
	 */
	SIMULATOR,

	/**
	 * A simulator that generates in real time: a pause between chunks shorter than the chunk
	 * timeout, and a stream longer than both timeouts.
	 */
	SLOW_SIMULATOR,

	/**
	 * A simulator that accepts only {@link #VALID_KEY}; the test clients send another key.
	 */
	KEYED_SIMULATOR,

	/**
	 * A loopback port with nothing listening.
	 */
	NOTHING_LISTENING;

	static final String VALID_KEY = "sk_valid";

	static final Duration SLOW_CHUNK_DELAY = Duration.ofMillis(350);

	static final Duration SLOW_CHUNK_DURATION = Duration.ofMillis(150);

	Target start() {
		return switch (this) {
			case SIMULATOR -> new Target(CartesiaSimulator.start(), null);
			case SLOW_SIMULATOR -> new Target(CartesiaSimulator.builder()
				.chunkDelay(SLOW_CHUNK_DELAY)
				.chunkDuration(SLOW_CHUNK_DURATION)
				.start(), null);
			case KEYED_SIMULATOR -> new Target(CartesiaSimulator.builder().apiKey(VALID_KEY).start(), null);
			case NOTHING_LISTENING -> new Target(null, "http://127.0.0.1:" + closedPort());
		};
	}

	private static int closedPort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A started server.
	 *
	 * @param simulator the simulator, or {@code null} when nothing listens
	 * @param closedUrl the base URL when nothing listens
	 */
	record Target(@Nullable CartesiaSimulator simulator, @Nullable String closedUrl) implements AutoCloseable {

		String baseUrl() {
			return (this.simulator != null) ? this.simulator.baseUrl() : this.closedUrl;
		}

		int requests() {
			return (this.simulator != null) ? this.simulator.requests().size() : 0;
		}

		@Override
		public void close() {
			if (this.simulator != null) {
				this.simulator.close();
			}
		}

	}

}
