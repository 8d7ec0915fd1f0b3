package io.github.cartesia4j.client.core;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;

/**
 * Splits a byte stream into Server-Sent Events frames. Lines may end with LF, CRLF or CR and
 * may be split across buffers; comments and a leading byte order mark are skipped. A stream that ends inside a line is
 * reported as truncated rather than passed on as a shorter frame.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public final class SseDecoder {

	private static final int MAX_FRAME_BYTES = 64 * 1024 * 1024;

	private byte[] line = new byte[8192];

	private int lineLength;

	private boolean skipLf;

	private @Nullable String event;

	private @Nullable String id;

	private @Nullable StringBuilder data;

	private int frameBytes;

	private boolean started;

	/**
	 * Decode a stream of buffers; each buffer is released once read.
	 * @param body the body
	 * @return the frames
	 */
	public static Flux<SseEvent> decode(Flux<DataBuffer> body) {
		return Flux.defer(() -> {
			SseDecoder decoder = new SseDecoder();
			return body.concatMapIterable(decoder::feed).concatWith(Flux.defer(decoder::finish));
		});
	}

	/**
	 * Feed bytes.
	 * @param buffer the next buffer; released by this method
	 * @return the frames completed by these bytes
	 */
	public List<SseEvent> feed(DataBuffer buffer) {
		try {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			return feed(bytes, 0, bytes.length);
		}
		finally {
			DataBufferUtils.release(buffer);
		}
	}

	/**
	 * Feed bytes.
	 * @param bytes the bytes
	 * @param offset where to start
	 * @param length how many bytes
	 * @return the frames completed by these bytes
	 */
	public List<SseEvent> feed(byte[] bytes, int offset, int length) {
		List<SseEvent> events = new ArrayList<>(2);
		if (!this.started && length > 0) {
			this.started = true;
			if (length >= 3 && bytes[offset] == (byte) 0xEF && bytes[offset + 1] == (byte) 0xBB
					&& bytes[offset + 2] == (byte) 0xBF) {
				offset += 3;
				length -= 3;
			}
		}
		int start = offset;
		int end = offset + length;
		for (int i = offset; i < end; i++) {
			byte b = bytes[i];
			if (b == '\n' || b == '\r') {
				if (b == '\n' && this.skipLf && i == start) {
					this.skipLf = false;
					start = i + 1;
					continue;
				}
				append(bytes, start, i - start);
				endOfLine(events);
				this.skipLf = (b == '\r');
				start = i + 1;
			}
			else {
				this.skipLf = false;
			}
		}
		append(bytes, start, end - start);
		return events;
	}

	private Flux<SseEvent> finish() {
		if (this.lineLength > 0) {
			return Flux.error(new CartesiaDecodingException("SSE stream ended inside a frame ("
					+ this.lineLength + " bytes without a line end)"));
		}
		List<SseEvent> events = new ArrayList<>(1);
		dispatch(events);
		return Flux.fromIterable(events);
	}

	private void append(byte[] bytes, int offset, int length) {
		if (length == 0) {
			return;
		}
		this.frameBytes += length;
		if (this.frameBytes > MAX_FRAME_BYTES) {
			throw new CartesiaDecodingException("SSE frame exceeds " + MAX_FRAME_BYTES + " bytes");
		}
		if (this.lineLength + length > this.line.length) {
			this.line = Arrays.copyOf(this.line, Math.max(this.line.length * 2, this.lineLength + length));
		}
		System.arraycopy(bytes, offset, this.line, this.lineLength, length);
		this.lineLength += length;
	}

	private void endOfLine(List<SseEvent> events) {
		if (this.lineLength == 0) {
			dispatch(events);
			return;
		}
		String text = new String(this.line, 0, this.lineLength, StandardCharsets.UTF_8);
		this.lineLength = 0;
		if (text.charAt(0) == ':') {
			return;
		}
		int colon = text.indexOf(':');
		String field = (colon < 0) ? text : text.substring(0, colon);
		String value = (colon < 0) ? "" : text.substring((colon + 1 < text.length()
				&& text.charAt(colon + 1) == ' ') ? colon + 2 : colon + 1);
		switch (field) {
			case "data" -> {
				if (this.data == null) {
					this.data = new StringBuilder(value.length());
				}
				else {
					this.data.append('\n');
				}
				this.data.append(value);
			}
			case "event" -> this.event = value;
			case "id" -> this.id = value;
			default -> {
			}
		}
	}

	private void dispatch(List<SseEvent> events) {
		if (this.data != null) {
			events.add(new SseEvent(this.event, this.data.toString(), this.id));
		}
		this.data = null;
		this.event = null;
		this.frameBytes = 0;
	}

}
