package io.github.cartesia4j.client.core;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Framing of Server-Sent Events by {@link SseDecoder}.
 */
class SseDecoderTests {

	@ParameterizedTest(name = "line end {0}")
	@ValueSource(strings = { "\n", "\r\n", "\r" })
	void everyLineEndSeparatesLinesAndFrames(String eol) {
		String stream = "event: chunk" + eol + "data: one" + eol + eol + "data: two" + eol + eol;
		assertThat(feedAll(stream)).containsExactly(new SseEvent("chunk", "one", null), new SseEvent(null, "two", null));
	}

	@Test
	void mixedLineEndsInOneStream() {
		assertThat(feedAll("data: a\r\n\r\ndata: b\n\ndata: c\r\r"))
			.containsExactly(new SseEvent(null, "a", null), new SseEvent(null, "b", null), new SseEvent(null, "c", null));
	}

	@Test
	void crlfSplitBetweenTwoFeedsIsOneLineEnd() {
		SseDecoder decoder = new SseDecoder();
		List<SseEvent> events = new ArrayList<>();
		events.addAll(feed(decoder, "data: a\r"));
		events.addAll(feed(decoder, "\n\r"));
		events.addAll(feed(decoder, "\ndata: b\r\n\r\n"));
		assertThat(events).containsExactly(new SseEvent(null, "a", null), new SseEvent(null, "b", null));
	}

	@Test
	void twoCarriageReturnsAreABlankLine() {
		SseDecoder decoder = new SseDecoder();
		assertThat(feed(decoder, "data: a\r")).isEmpty();
		assertThat(feed(decoder, "\r")).containsExactly(new SseEvent(null, "a", null));
	}

	@Test
	void streamSplitAtEveryByteDecodesTheSame() {
		String stream = "event: timestamps\r\nid: 7\r\ndata: {\"words\":[\"Grüße\",\"日本語\",\"🎵\"]}\r\n\r\n";
		byte[] bytes = stream.getBytes(StandardCharsets.UTF_8);
		SseDecoder decoder = new SseDecoder();
		List<SseEvent> events = new ArrayList<>();
		for (int i = 0; i < bytes.length; i++) {
			events.addAll(decoder.feed(bytes, i, 1));
		}
		assertThat(events)
			.containsExactly(new SseEvent("timestamps", "{\"words\":[\"Grüße\",\"日本語\",\"🎵\"]}", "7"));
	}

	@Test
	void lineSplitInsideAMultiByteCharacterIsReassembled() {
		byte[] bytes = "data: é🎵\n\n".getBytes(StandardCharsets.UTF_8);
		int insideEmoji = "data: é".getBytes(StandardCharsets.UTF_8).length + 2;
		SseDecoder decoder = new SseDecoder();
		assertThat(decoder.feed(bytes, 0, insideEmoji)).isEmpty();
		assertThat(decoder.feed(bytes, insideEmoji, bytes.length - insideEmoji))
			.containsExactly(new SseEvent(null, "é🎵", null));
	}

	@Test
	void multiLineDataIsJoinedWithNewlines() {
		assertThat(feedAll("data: first\ndata: second\ndata:third\n\n"))
			.containsExactly(new SseEvent(null, "first\nsecond\nthird", null));
	}

	@Test
	void commentsAreIgnored() {
		assertThat(feedAll(": ping\n\n:another\ndata: x\n: inside\n\n"))
			.containsExactly(new SseEvent(null, "x", null));
	}

	@Test
	void eventAndIdAreReadAndTheEventNameIsResetAfterEachFrame() {
		assertThat(feedAll("event: error\nid: 42\ndata: {}\n\ndata: next\n\n"))
			.containsExactly(new SseEvent("error", "{}", "42"), new SseEvent(null, "next", "42"));
	}

	@Test
	void onlyOneSpaceAfterTheColonIsRemoved() {
		assertThat(feedAll("data:  two spaces\n\n")).containsExactly(new SseEvent(null, " two spaces", null));
	}

	@Test
	void unknownFieldsAndFramesWithoutDataAreIgnored() {
		assertThat(feedAll("retry: 100\n\nevent: ping\n\nfoo: bar\ndata: ok\n\n"))
			.containsExactly(new SseEvent(null, "ok", null));
	}

	@Test
	void dataFieldWithoutAColonIsAnEmptyValue() {
		assertThat(feedAll("data\n\n")).containsExactly(new SseEvent(null, "", null));
	}

	@Test
	void decodeEmitsFramesAcrossBuffersAndCompletes() {
		StepVerifier.create(SseDecoder.decode(buffers("data: o", "ne\n", "\nda", "ta: two\n\n")))
			.expectNext(new SseEvent(null, "one", null), new SseEvent(null, "two", null))
			.expectComplete()
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void decodeOfAStreamThatEndsInsideALineIsAnError() {
		StepVerifier.create(SseDecoder.decode(buffers("data: one\n\n", "data: {\"type\":\"chu")))
			.expectNext(new SseEvent(null, "one", null))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(CartesiaDecodingException.class)
				.hasMessageContaining("ended inside a frame"))
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void decodeOfAnEmptyBodyCompletesWithoutFrames() {
		StepVerifier.create(SseDecoder.decode(Flux.empty())).expectComplete().verify(Duration.ofSeconds(5));
	}

	private static List<SseEvent> feedAll(String text) {
		return feed(new SseDecoder(), text);
	}

	private static List<SseEvent> feed(SseDecoder decoder, String text) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		return decoder.feed(bytes, 0, bytes.length);
	}

	private static Flux<DataBuffer> buffers(String... parts) {
		return Flux.fromArray(parts)
			.map((part) -> DefaultDataBufferFactory.sharedInstance.wrap(part.getBytes(StandardCharsets.UTF_8)));
	}

}
