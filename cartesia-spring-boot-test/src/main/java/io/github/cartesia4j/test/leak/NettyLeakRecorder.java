package io.github.cartesia4j.test.leak;

import java.util.ArrayList;
import java.util.List;

import io.netty.util.ResourceLeakDetector;
import io.netty.util.ResourceLeakDetectorFactory;

/**
 * Records every leak Netty's resource leak detector reports, at paranoid level, so a test run
 * can fail on them instead of only logging them. {@link #install()} must run before Netty
 * creates its first buffer; {@link NettyLeakDetectionListener} does so at the start of a
 * JUnit run.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public final class NettyLeakRecorder {

	private static final List<String> LEAKS = new ArrayList<>();

	private static volatile boolean installed;

	private NettyLeakRecorder() {
	}

	/**
	 * Switch Netty to paranoid leak detection and record its reports. Idempotent.
	 */
	public static synchronized void install() {
		if (installed) {
			return;
		}
		ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.PARANOID);
		ResourceLeakDetectorFactory.setResourceLeakDetectorFactory(new RecordingFactory());
		installed = true;
	}

	/**
	 * Whether {@link #install()} has run.
	 * @return {@code true} once installed
	 */
	public static boolean isInstalled() {
		return installed;
	}

	/**
	 * Return and forget the leaks reported so far.
	 * @return the leak reports
	 */
	public static List<String> drain() {
		synchronized (LEAKS) {
			List<String> leaks = List.copyOf(LEAKS);
			LEAKS.clear();
			return leaks;
		}
	}

	static void record(String report) {
		synchronized (LEAKS) {
			LEAKS.add(report);
		}
	}

	private static final class RecordingFactory extends ResourceLeakDetectorFactory {

		@Override
		@SuppressWarnings("deprecation")
		public <T> ResourceLeakDetector<T> newResourceLeakDetector(Class<T> resource, int samplingInterval,
				long maxActive) {
			return new RecordingDetector<>(resource, samplingInterval);
		}

	}

	private static final class RecordingDetector<T> extends ResourceLeakDetector<T> {

		RecordingDetector(Class<T> resource, int samplingInterval) {
			super(resource, samplingInterval);
		}

		@Override
		protected void reportTracedLeak(String resourceType, String records) {
			record("LEAK: " + resourceType + " was released by the garbage collector without release()" + records);
			super.reportTracedLeak(resourceType, records);
		}

		@Override
		protected void reportUntracedLeak(String resourceType) {
			record("LEAK: " + resourceType + " was released by the garbage collector without release()");
			super.reportUntracedLeak(resourceType);
		}

	}

}
