package io.github.cartesia4j.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Reads the CPU time used so far by this JVM, by the server process and by the whole machine,
 * so that a phase can tell how many cores each used, and how much went to other processes
 * sharing the machine.
 *
 * @author cartesia4j
 */
final class CpuClock {

	private static final long NANOS_PER_TICK = 10_000_000L;

	private final ProcessHandle server;

	CpuClock(ProcessHandle server) {
		this.server = server;
	}

	Sample sample() {
		long client = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
		long serverCpu = this.server.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
		return new Sample(System.nanoTime(), client, serverCpu, machineBusyNanos());
	}

	private static long machineBusyNanos() {
		try {
			String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
			long busy = 0;
			for (int i = 1; i < Math.min(fields.length, 9); i++) {
				if (i != 4 && i != 5) {
					busy += Long.parseLong(fields[i]);
				}
			}
			return busy * NANOS_PER_TICK;
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

	/**
	 * CPU times at one instant, in nanoseconds.
	 *
	 * @param wall {@link System#nanoTime()}
	 * @param client CPU time of this JVM
	 * @param server CPU time of the server process
	 * @param machine busy time of all CPUs of the machine
	 */
	record Sample(long wall, long client, long server, long machine) {

		/**
		 * Return the cores used between an earlier sample and this one.
		 * @param earlier the earlier sample
		 * @return the cores used by each party
		 */
		Usage since(Sample earlier) {
			double wallNanos = Math.max(1, this.wall - earlier.wall);
			double clientCores = (this.client - earlier.client) / wallNanos;
			double serverCores = (this.server - earlier.server) / wallNanos;
			double machineCores = (this.machine - earlier.machine) / wallNanos;
			return new Usage(clientCores, serverCores, Math.max(0, machineCores - clientCores - serverCores),
					this.client - earlier.client, this.server - earlier.server);
		}

	}

	/**
	 * Average cores used during a phase.
	 *
	 * @param client by this JVM
	 * @param server by the server process
	 * @param others by every other process on the machine
	 * @param clientNanos client CPU time in nanoseconds
	 * @param serverNanos server CPU time in nanoseconds
	 */
	record Usage(double client, double server, double others, long clientNanos, long serverNanos) {

	}

}
