package io.github.cartesia4j.benchmarks;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpHeaderNames;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/**
 * The physical limit: a minimal hand-written Reactor Netty {@link HttpClient} request for the
 * same endpoint, with the same headers and JSON body as the Cartesia client sends, counting
 * the body buffers as they arrive without copying or decoding them. As a reference, it can
 * also copy each buffer into a new {@code byte[]}, the contract of {@code TtsClient.bytes}.
 *
 * @author cartesia4j
 */
final class RawNettySide implements TtsSide {

	private final HttpClient client;

	private final byte[] bytesJson;

	private final byte[] sseJson;

	private final boolean copy;

	RawNettySide(String baseUrl, String apiKey, byte[] bytesJson, byte[] sseJson, boolean copy) {
		this.copy = copy;
		this.client = HttpClient.create()
			.baseUrl(baseUrl)
			.headers((headers) -> headers.set("Cartesia-Version", BenchmarkRequests.API_VERSION)
				.set(HttpHeaderNames.AUTHORIZATION, "Bearer " + apiKey)
				.set(HttpHeaderNames.USER_AGENT, "raw-reactor-netty")
				.set(HttpHeaderNames.CONTENT_TYPE, "application/json"));
		this.bytesJson = bytesJson;
		this.sseJson = sseJson;
	}

	@Override
	public String name() {
		return this.copy ? "raw-copy" : "raw";
	}

	@Override
	public Mono<Long> bytes(Timing timing) {
		return post("/tts/bytes", "audio/wav", this.bytesJson, timing);
	}

	/**
	 * Stream SSE; the first audio is the end of the first event (its blank line), the least
	 * any reader must wait for before it can decode a chunk.
	 */
	@Override
	public Mono<Long> sse(Timing timing) {
		return Mono.defer(() -> {
			EventEnd end = new EventEnd();
			return post("/tts/sse", "text/event-stream", this.sseJson, () -> {
			}, (buffer) -> {
				if (!end.seen && buffer.forEachByte(end) >= 0) {
					end.seen = true;
					timing.audio();
				}
			});
		});
	}

	private Mono<Long> post(String path, String accept, byte[] json, Timing timing) {
		return post(path, accept, json, timing::audio, (buffer) -> {
		});
	}

	private Mono<Long> post(String path, String accept, byte[] json, Runnable onBuffer,
			java.util.function.Consumer<ByteBuf> inspect) {
		return this.client.headers((headers) -> headers.set(HttpHeaderNames.ACCEPT, accept))
			.post()
			.uri(path)
			.send(Mono.fromSupplier(() -> Unpooled.wrappedBuffer(json)))
			.response((response, body) -> (response.status().code() == 200) ? body
					: Flux.error(new IllegalStateException(path + " answered " + response.status())))
			.reduce(0L, (count, buffer) -> {
				onBuffer.run();
				inspect.accept(buffer);
				return count + (this.copy ? copy(buffer) : buffer.readableBytes());
			});
	}

	private static int copy(ByteBuf buffer) {
		byte[] bytes = new byte[buffer.readableBytes()];
		buffer.readBytes(bytes);
		return bytes.length;
	}

	/**
	 * Finds the blank line that ends an SSE event, across buffer boundaries.
	 */
	private static final class EventEnd implements io.netty.util.ByteProcessor {

		private boolean seen;

		private byte previous;

		@Override
		public boolean process(byte value) {
			boolean end = (value == '\n' && this.previous == '\n');
			this.previous = value;
			return !end;
		}

	}

}
