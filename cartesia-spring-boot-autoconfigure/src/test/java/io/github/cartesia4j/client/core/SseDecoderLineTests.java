package io.github.cartesia4j.client.core;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SseDecoder}. The last event id carries over to later events, as the SSE
 * specification says.
 *
 * @author cartesia4j
 */
class SseDecoderLineTests {

	private static final String STREAM = ": a comment\n" + "event: chunk\n" + "data: {\"type\":\"chunk\"}\n" + "\n"
			+ "id: 7\r\n" + "data:first\r\n" + "data:  second\r\n" + "\r\n" + "event:done\r" + "data\r" + "\r"
			+ "data: café ünïcödé\n" + "unknown: ignored\n" + "\n" + "data: " + "x".repeat(20_000) + "\n\n"
			+ "data: last without blank line\n";

	private static final List<SseEvent> EXPECTED = List.of(new SseEvent("chunk", "{\"type\":\"chunk\"}", null),
			new SseEvent(null, "first\n second", "7"), new SseEvent("done", "", "7"),
			new SseEvent(null, "café ünïcödé", "7"), new SseEvent(null, "x".repeat(20_000), "7"),
			new SseEvent(null, "last without blank line", "7"));

	private static final Duration VERIFY = Duration.ofSeconds(5);

	@Test
	void whenTheStreamArrivesWholeThenEveryFrameIsDecoded() {
		assertThat(decode(List.of(bytes(STREAM)))).isEqualTo(EXPECTED);
	}

	@Test
	void whenTheStreamIsSplitAtAnyByteThenTheFramesAreTheSame() {
		byte[] all = bytes(STREAM);
		for (int split = 0; split <= all.length; split += (split < 400 || split > all.length - 400) ? 1 : 97) {
			List<byte[]> parts = List.of(slice(all, 0, split), slice(all, split, all.length));
			assertThat(decode(parts)).as("split at %d", split).isEqualTo(EXPECTED);
		}
	}

	@Test
	void whenTheStreamArrivesInRandomPiecesThenTheFramesAreTheSame() {
		byte[] all = bytes(STREAM);
		Random random = new Random(42);
		for (int attempt = 0; attempt < 200; attempt++) {
			List<byte[]> parts = new ArrayList<>();
			int offset = 0;
			while (offset < all.length) {
				int length = Math.min(all.length - offset, random.nextInt((attempt % 2 == 0) ? 9 : 3000));
				parts.add(slice(all, offset, offset + length));
				offset += length;
			}
			assertThat(decode(parts)).as("attempt %d", attempt).isEqualTo(EXPECTED);
		}
	}

	@Test
	void whenACarriageReturnEndsABufferThenALineFeedStartingTheNextIsPartOfTheSameLineEnd() {
		assertThat(decode(List.of(bytes("data: a\r"), bytes("\n"), bytes("\r"), bytes("\ndata: b\r\n\r\n"))))
			.containsExactly(new SseEvent(null, "a", null), new SseEvent(null, "b", null));
	}

	@Test
	void whenTheStreamEndsInsideALineThenItIsReportedAsTruncated() {
		StepVerifier.create(SseDecoder.decode(buffers(List.of(bytes("data: whole\n\ndata: cut")))))
			.expectNext(new SseEvent(null, "whole", null))
			.expectError(CartesiaDecodingException.class)
			.verify(VERIFY);
	}

	private static List<SseEvent> decode(List<byte[]> parts) {
		return SseDecoder.decode(buffers(parts)).collectList().block(VERIFY);
	}

	private static Flux<DataBuffer> buffers(List<byte[]> parts) {
		return Flux.fromIterable(parts).map(DefaultDataBufferFactory.sharedInstance::wrap);
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] slice(byte[] bytes, int from, int to) {
		byte[] slice = new byte[to - from];
		System.arraycopy(bytes, from, slice, 0, slice.length);
		return slice;
	}

}
