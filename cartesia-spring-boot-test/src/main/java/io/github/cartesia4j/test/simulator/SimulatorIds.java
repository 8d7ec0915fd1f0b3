package io.github.cartesia4j.test.simulator;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Generates identifiers: random version 4 UUIDs drawn from {@link ThreadLocalRandom}
 * rather than {@link UUID#randomUUID()}, whose shared secure generator would slow down
 * benchmarks.
 *
 * @author cartesia4j
 */
final class SimulatorIds {

	private SimulatorIds() {
	}

	static String requestId() {
		return uuid();
	}

	static String fileId() {
		return uuid();
	}

	static String resourceId() {
		return uuid();
	}

	private static String uuid() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long mostSignificant = (random.nextLong() & ~0xF000L) | 0x4000L;
		long leastSignificant = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(mostSignificant, leastSignificant).toString();
	}

}
