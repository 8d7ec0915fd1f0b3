package io.github.cartesia4j.benchmarks;

import java.io.File;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import org.reactivestreams.Subscription;
import reactor.core.publisher.BaseSubscriber;

import io.github.cartesia4j.client.core.RequestOptions;
import io.github.cartesia4j.client.tts.TtsClient;

/**
 * Streams a large response through {@link TtsClient#bytes} into a discarding sink that
 * requests 64 chunks at a time, in a JVM started with a small heap, and prints the peak heap
 * use: the largest heap use seen just before a garbage collection (heap use only falls at a
 * collection, so this is the true peak), next to the sum of the pools' peaks after a reset (an
 * upper bound) and the largest use right after a collection (what stays reachable).
 *
 * @author cartesia4j
 */
public final class HeapStreamMain {

	private HeapStreamMain() {
	}

	/**
	 * Run.
	 * @param args the base URL and the number of bytes to stream
	 * @throws Exception on failure
	 */
	public static void main(String[] args) throws Exception {
		String baseUrl = args[0];
		long total = Long.parseLong(args[1]);
		TtsClient tts = BenchmarkRequests.client(baseUrl).tts();
		for (int i = 0; i < 20; i++) {
			tts.bytes(BenchmarkRequests.BYTES).blockLast(Duration.ofSeconds(30));
		}
		System.gc();
		List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.toList();
		AtomicLong peakBeforeGc = new AtomicLong();
		AtomicLong peakAfterGc = new AtomicLong();
		AtomicLong collections = new AtomicLong();
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
				if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
					GcInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
						.getGcInfo();
					peakBeforeGc.accumulateAndGet(heapUsed(info.getMemoryUsageBeforeGc(), pools), Math::max);
					peakAfterGc.accumulateAndGet(heapUsed(info.getMemoryUsageAfterGc(), pools), Math::max);
					collections.incrementAndGet();
				}
			}, null, null);
		}
		pools.forEach(MemoryPoolMXBean::resetPeakUsage);
		long start = System.nanoTime();
		DiscardingSink sink = new DiscardingSink();
		tts.withOptions(RequestOptions.builder().header(AudioServer.SIZE_HEADER, String.valueOf(total)).build())
			.bytes(BenchmarkRequests.BYTES)
			.subscribe(sink);
		if (!sink.done.await(10, TimeUnit.MINUTES)) {
			throw new IllegalStateException("Streaming did not finish");
		}
		long nanos = System.nanoTime() - start;
		if (sink.error.get() != null) {
			throw new IllegalStateException("Streaming failed", sink.error.get());
		}
		long poolPeaks = pools.stream().mapToLong((pool) -> pool.getPeakUsage().getUsed()).sum();
		long current = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		Thread.sleep(200);
		System.out.printf("HEAP bytes=%d seconds=%.3f peak=%d poolPeaks=%d liveMax=%d collections=%d max=%d%n",
				sink.bytes, nanos / 1e9, Math.max(peakBeforeGc.get(), current), poolPeaks, peakAfterGc.get(),
				collections.get(), Runtime.getRuntime().maxMemory());
		System.exit(sink.bytes == total ? 0 : 2);
	}

	/**
	 * Fork a JVM with {@code -Xmx64m} that streams 1 GiB (128 MiB when quick) from a fresh
	 * server, and add its figures.
	 * @param results where the figures go
	 * @param serverLog where the server writes its errors
	 * @param quick whether to stream less
	 * @throws Exception on failure
	 */
	static void measure(Results results, File serverLog, boolean quick) throws Exception {
		long total = quick ? 128L * 1024 * 1024 : 1024L * 1024 * 1024;
		BenchmarkSuite.log("heap: streaming %d MiB through TtsClient.bytes in a JVM with -Xmx64m", total / 1024 / 1024);
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
			BenchmarkSuite.log("  %s", line);
			String name = quick ? "stream-128mib-heap-peak-mib" : "stream-1gib-heap-peak-mib";
			results.add(name, peak, "MiB", "peak heap (before any GC) streaming with -Xmx64m", "< 48",
					peak < 48);
			results.add("stream-heap-pool-peaks-mib", Long.parseLong(values.get("poolPeaks")) / mib, "MiB",
					"sum of the heap pools' peaks (upper bound)");
			results.add("stream-heap-live-after-gc-max-mib", Long.parseLong(values.get("liveMax")) / mib, "MiB",
					"largest heap use right after a GC (what stays reachable)");
			results.add("stream-heap-mb-per-s", Long.parseLong(values.get("bytes")) / 1e6 / seconds, "MB/s",
					"streaming rate with -Xmx64m");
		}
	}

	private static long heapUsed(Map<String, MemoryUsage> usage, List<MemoryPoolMXBean> pools) {
		long used = 0;
		for (MemoryPoolMXBean pool : pools) {
			MemoryUsage poolUsage = usage.get(pool.getName());
			if (poolUsage != null) {
				used += poolUsage.getUsed();
			}
		}
		return used;
	}

	private static final class DiscardingSink extends BaseSubscriber<byte[]> {

		private static final int BATCH = 64;

		private final CountDownLatch done = new CountDownLatch(1);

		private final AtomicReference<Throwable> error = new AtomicReference<>();

		private long bytes;

		private int untilRequest = BATCH;

		@Override
		protected void hookOnSubscribe(Subscription subscription) {
			request(BATCH);
		}

		@Override
		protected void hookOnNext(byte[] chunk) {
			this.bytes += chunk.length;
			if (--this.untilRequest == 0) {
				this.untilRequest = BATCH;
				request(BATCH);
			}
		}

		@Override
		protected void hookOnError(Throwable throwable) {
			this.error.set(throwable);
		}

		@Override
		protected void hookFinally(reactor.core.publisher.SignalType type) {
			this.done.countDown();
		}

	}

}
