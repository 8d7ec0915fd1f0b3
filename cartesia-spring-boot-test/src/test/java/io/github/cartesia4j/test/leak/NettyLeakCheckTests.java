package io.github.cartesia4j.test.leak;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class NettyLeakCheckTests {

	@Test
	void theRunIsInstalledAtParanoidLevel() {
		assertThat(NettyLeakRecorder.isInstalled()).isTrue();
		assertThat(io.netty.util.ResourceLeakDetector.getLevel())
			.isEqualTo(io.netty.util.ResourceLeakDetector.Level.PARANOID);
	}

	@Test
	void aBufferDroppedWithoutReleaseFailsTheCheck() {
		leakOneBuffer();
		ExtensionContext context = mock(ExtensionContext.class);
		given(context.getDisplayName()).willReturn("LeakyTests");
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> new NettyLeakCheck().afterAll(context))
			.withMessageContaining("leak")
			.withMessageContaining("LeakyTests");
	}

	@Test
	void releasedBuffersPassTheCheck() {
		ByteBuf buffer = PooledByteBufAllocator.DEFAULT.directBuffer(64);
		buffer.writeLong(42);
		buffer.release();
		ExtensionContext context = mock(ExtensionContext.class);
		new NettyLeakCheck().afterAll(context);
	}

	private static void leakOneBuffer() {
		ByteBuf buffer = PooledByteBufAllocator.DEFAULT.directBuffer(64);
		buffer.writeLong(42);
	}

}
