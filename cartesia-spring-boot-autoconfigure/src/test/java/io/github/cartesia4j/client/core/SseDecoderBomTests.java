package io.github.cartesia4j.client.core;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SseDecoderBomTests {

	@Test
	void leadingByteOrderMarkIsSkipped() {
		byte[] frame = "event: chunk\ndata: {}\n\n".getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[frame.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(frame, 0, withBom, 3, frame.length);
		List<SseEvent> events = new SseDecoder().feed(withBom, 0, withBom.length);
		assertThat(events).containsExactly(new SseEvent("chunk", "{}", null));
	}

}
