package io.github.cartesia4j.test.leak;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Installs the {@link NettyLeakRecorder} when a JUnit run starts, before any test creates a
 * Netty buffer. Register it in
 * {@code META-INF/services/org.junit.platform.launcher.LauncherSessionListener}.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public class NettyLeakDetectionListener implements LauncherSessionListener {

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		NettyLeakRecorder.install();
	}

}
