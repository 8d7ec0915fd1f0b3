package io.github.cartesia4j.test.leak;

import java.util.List;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.UnpooledByteBufAllocator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test class when Netty reported a leaked buffer while it ran. Netty notices a leak
 * only after the garbage collector cleared the buffer and a new buffer is tracked, so this
 * runs a collection and allocates a few buffers before it looks. Register it for every class
 * with JUnit's extension auto-detection, together with {@link NettyLeakDetectionListener}.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public class NettyLeakCheck implements AfterAllCallback {

	private static final int PROBES = 64;

	@Override
	public void afterAll(ExtensionContext context) {
		if (!NettyLeakRecorder.isInstalled()) {
			return;
		}
		for (int round = 0; round < 3; round++) {
			System.gc();
			System.runFinalization();
			for (int i = 0; i < PROBES; i++) {
				release(PooledByteBufAllocator.DEFAULT.directBuffer(16));
				release(PooledByteBufAllocator.DEFAULT.heapBuffer(16));
				release(UnpooledByteBufAllocator.DEFAULT.directBuffer(16));
			}
		}
		List<String> leaks = NettyLeakRecorder.drain();
		if (!leaks.isEmpty()) {
			throw new AssertionError(leaks.size() + " Netty buffer leak(s) reported during "
					+ context.getDisplayName() + ":\n" + String.join("\n\n", leaks));
		}
	}

	private static void release(ByteBuf buffer) {
		buffer.writeByte(1);
		buffer.release();
	}

}
