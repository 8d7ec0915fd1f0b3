package io.github.cartesia4j.client.core;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
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
 * may be split across buffers; comments are skipped. A stream that ends inside a line is
 * reported as truncated rather than passed on as a shorter frame.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public final class SseDecoder {

	private static final int MAX_FRAME_BYTES = 64 * 1024 * 1024;

	private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
			ByteOrder.LITTLE_ENDIAN);

	private static final byte[] DATA = "data".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] EVENT = "event".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] ID = "id".getBytes(StandardCharsets.US_ASCII);

	private byte[] line = new byte[8192];

	private int lineLength;

	private boolean skipLf;

	private boolean started;

	private @Nullable String event;

	private @Nullable String id;

	private @Nullable String data;

	private @Nullable StringBuilder moreData;

	private int frameBytes;

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
		int end = offset + length;
		int start = offset;
		if (!this.started && length > 0) {
			this.started = true;
			if (length >= 3 && bytes[start] == (byte) 0xEF && bytes[start + 1] == (byte) 0xBB
					&& bytes[start + 2] == (byte) 0xBF) {
				start += 3;
			}
		}
		if (this.skipLf && start < end) {
			this.skipLf = false;
			if (bytes[start] == '\n') {
				start++;
			}
		}
		while (true) {
			int lineEnd = nextLineEnd(bytes, start, end);
			if (lineEnd < 0) {
				break;
			}
			if (this.lineLength == 0) {
				countFrameBytes(lineEnd - start);
				endOfLine(bytes, start, lineEnd - start, events);
			}
			else {
				append(bytes, start, lineEnd - start);
				int lineLength = this.lineLength;
				this.lineLength = 0;
				endOfLine(this.line, 0, lineLength, events);
			}
			start = lineEnd + 1;
			if (bytes[lineEnd] == '\r') {
				if (start == end) {
					this.skipLf = true;
				}
				else if (bytes[start] == '\n') {
					start++;
				}
			}
		}
		append(bytes, start, end - start);
		return events;
	}

	/**
	 * Find the next CR or LF, eight bytes at a time: an SSE audio frame is one long line.
	 */
	private static int nextLineEnd(byte[] bytes, int from, int end) {
		int i = from;
		for (; i + Long.BYTES <= end; i += Long.BYTES) {
			long word = (long) LONGS.get(bytes, i);
			long lf = word ^ 0x0A0A0A0A0A0A0A0AL;
			long cr = word ^ 0x0D0D0D0D0D0D0D0DL;
			long found = (((lf - 0x0101010101010101L) & ~lf) | ((cr - 0x0101010101010101L) & ~cr))
					& 0x8080808080808080L;
			if (found != 0) {
				return i + (Long.numberOfTrailingZeros(found) >>> 3);
			}
		}
		for (; i < end; i++) {
			byte b = bytes[i];
			if (b == '\n' || b == '\r') {
				return i;
			}
		}
		return -1;
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
		countFrameBytes(length);
		if (this.lineLength + length > this.line.length) {
			this.line = Arrays.copyOf(this.line, Math.max(this.line.length * 2, this.lineLength + length));
		}
		System.arraycopy(bytes, offset, this.line, this.lineLength, length);
		this.lineLength += length;
	}

	private void countFrameBytes(int length) {
		this.frameBytes += length;
		if (this.frameBytes > MAX_FRAME_BYTES) {
			throw new CartesiaDecodingException("SSE frame exceeds " + MAX_FRAME_BYTES + " bytes");
		}
	}

	private void endOfLine(byte[] bytes, int offset, int length, List<SseEvent> events) {
		if (length == 0) {
			dispatch(events);
			return;
		}
		if (bytes[offset] == ':') {
			return;
		}
		int end = offset + length;
		int colon = offset;
		while (colon < end && bytes[colon] != ':') {
			colon++;
		}
		int valueStart = (colon == end) ? end
				: (colon + 1 < end && bytes[colon + 1] == ' ') ? colon + 2 : colon + 1;
		int nameLength = colon - offset;
		if (is(bytes, offset, nameLength, DATA)) {
			String value = new String(bytes, valueStart, end - valueStart, StandardCharsets.UTF_8);
			if (this.data == null) {
				this.data = value;
			}
			else {
				if (this.moreData == null) {
					this.moreData = new StringBuilder(this.data);
				}
				this.moreData.append('\n').append(value);
			}
		}
		else if (is(bytes, offset, nameLength, EVENT)) {
			this.event = new String(bytes, valueStart, end - valueStart, StandardCharsets.UTF_8);
		}
		else if (is(bytes, offset, nameLength, ID)) {
			this.id = new String(bytes, valueStart, end - valueStart, StandardCharsets.UTF_8);
		}
	}

	private static boolean is(byte[] bytes, int offset, int length, byte[] name) {
		return length == name.length && Arrays.equals(bytes, offset, offset + length, name, 0, length);
	}

	private void dispatch(List<SseEvent> events) {
		if (this.data != null) {
			events.add(new SseEvent(this.event, (this.moreData != null) ? this.moreData.toString() : this.data,
					this.id));
		}
		this.data = null;
		this.moreData = null;
		this.event = null;
		this.frameBytes = 0;
	}

}
