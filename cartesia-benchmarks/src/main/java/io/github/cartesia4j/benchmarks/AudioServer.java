package io.github.cartesia4j.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpHeaderNames;
import reactor.core.publisher.Flux;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import reactor.netty.resources.LoopResources;

import io.github.cartesia4j.test.simulator.CartesiaSimulator;

/**
 * The server side of the benchmarks, meant to run in its own JVM so that its CPU time and
 * garbage stay apart from the clients'. By default a minimal Reactor Netty server answering
 * {@code POST /tts/bytes} and {@code POST /tts/sse} with precomputed audio (the SSE events
 * carry 40 ms chunks like the simulator's), and {@code GET /tts/websocket} with precomputed
 * chunk frames for every context (see {@link WebSocketAudio}); with {@code --simulator}, the
 * Cartesia simulator instead.
 * Prints {@code PORT <n>} once listening and stops when its standard input closes.
 *
 * @author cartesia4j
 */
public final class AudioServer implements AutoCloseable {

	/**
	 * Request header overriding the size of a {@code /tts/bytes} response, in bytes.
	 */
	public static final String SIZE_HEADER = "X-Benchmark-Audio-Bytes";

	/**
	 * Audio bytes of one SSE chunk event: 40 ms of 16-bit mono audio at 44.1 kHz, as the
	 * simulator sends by default.
	 */
	public static final int CHUNK_BYTES = 3528;

	/**
	 * Bytes of one HTTP chunk of a {@code /tts/bytes} response unless {@code --chunk} says
	 * otherwise: large, so that the server spends as little CPU per response as it can.
	 */
	public static final int DEFAULT_BYTES_CHUNK = 64 * 1024;

	private static final int PATTERN_BYTES = 1024 * 1024;

	private final LoopResources loops;

	private final DisposableServer server;

	private final ByteBuf pattern;

	private final List<ByteBuf> sseEvents;

	private final WebSocketAudio webSocket = new WebSocketAudio();

	private final int responseBytes;

	private final int chunkBytes;

	private AudioServer(int responseBytes, int chunkBytes) {
		this.responseBytes = responseBytes;
		this.chunkBytes = chunkBytes;
		this.pattern = Unpooled.unreleasableBuffer(Unpooled.directBuffer(PATTERN_BYTES)
			.writeBytes(Audio.pcm(PATTERN_BYTES)));
		this.sseEvents = sseEvents(Audio.pcm(responseBytes));
		this.loops = LoopResources.create("bench-server", 1, LoopResources.DEFAULT_IO_WORKER_COUNT, true);
		this.server = HttpServer.create()
			.runOn(this.loops)
			.host("127.0.0.1")
			.port(0)
			.route((routes) -> routes.post("/tts/bytes", this::bytes)
				.post("/tts/sse", this::sse)
				.ws("/tts/websocket", this.webSocket::serve, WebSocketAudio.SPEC))
			.bindNow();
	}

	/**
	 * Start a server on a free loopback port.
	 * @param responseBytes bytes of audio per response unless a request asks otherwise
	 * @param chunkBytes bytes per HTTP chunk of a {@code /tts/bytes} response
	 * @return the running server
	 */
	public static AudioServer start(int responseBytes, int chunkBytes) {
		return new AudioServer(responseBytes, chunkBytes);
	}

	/**
	 * Return the port.
	 * @return the port
	 */
	public int port() {
		return this.server.port();
	}

	private org.reactivestreams.Publisher<Void> bytes(HttpServerRequest request, HttpServerResponse response) {
		String size = request.requestHeaders().get(SIZE_HEADER);
		long total = (size != null) ? Long.parseLong(size) : this.responseBytes;
		return request.receive().then(response.header(HttpHeaderNames.CONTENT_TYPE, "audio/wav")
			.send(chunks(total))
			.then());
	}

	private org.reactivestreams.Publisher<Void> sse(HttpServerRequest request, HttpServerResponse response) {
		return request.receive().then(response.header(HttpHeaderNames.CONTENT_TYPE, "text/event-stream")
			.header(HttpHeaderNames.CACHE_CONTROL, "no-cache")
			.send(Flux.fromIterable(this.sseEvents).map(ByteBuf::duplicate))
			.then());
	}

	private Flux<ByteBuf> chunks(long total) {
		int chunk = this.chunkBytes;
		long count = (total + chunk - 1) / chunk;
		return Flux.<ByteBuf, long[]>generate(() -> new long[1], (index, sink) -> {
			long offset = index[0] * chunk;
			int length = (int) Math.min(chunk, total - offset);
			int start = (int) (offset % (PATTERN_BYTES - chunk));
			sink.next(this.pattern.slice(start, length));
			if (++index[0] == count) {
				sink.complete();
			}
			return index;
		});
	}

	/**
	 * The SSE body of a response carrying this audio, one unreleasable buffer per event, in
	 * the format the simulator and the API use.
	 * @param audio the audio
	 * @return the events, the {@code done} event last
	 */
	static List<ByteBuf> sseEvents(byte[] audio) {
		List<ByteBuf> events = new ArrayList<>();
		for (byte[] event : Audio.sseEvents(audio, CHUNK_BYTES)) {
			events.add(Unpooled.unreleasableBuffer(Unpooled.directBuffer(event.length).writeBytes(event)));
		}
		return events;
	}

	@Override
	public void close() {
		this.server.disposeNow(Duration.ofSeconds(5));
		this.loops.disposeLater(Duration.ZERO, Duration.ofSeconds(5)).block(Duration.ofSeconds(10));
	}

	/**
	 * Run a server until standard input closes.
	 * @param args {@code --bytes N} for the response size, {@code --chunk N} for the HTTP
	 * chunk size, {@code --simulator} to run the Cartesia simulator instead
	 * @throws Exception on failure
	 */
	public static void main(String[] args) throws Exception {
		int responseBytes = 256 * 1024;
		int chunkBytes = DEFAULT_BYTES_CHUNK;
		boolean simulator = false;
		for (int i = 0; i < args.length; i++) {
			if ("--bytes".equals(args[i])) {
				responseBytes = Integer.parseInt(args[++i]);
			}
			else if ("--chunk".equals(args[i])) {
				chunkBytes = Integer.parseInt(args[++i]);
			}
			else if ("--simulator".equals(args[i])) {
				simulator = true;
			}
		}
		AutoCloseable server;
		int port;
		if (simulator) {
			CartesiaSimulator running = CartesiaSimulator.builder().recordRequests(false).start();
			server = running;
			port = running.port();
		}
		else {
			AudioServer running = start(responseBytes, chunkBytes);
			server = running;
			port = running.port();
		}
		System.out.println("PORT " + port);
		System.out.flush();
		try (BufferedReader input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
			while (input.readLine() != null) {
				// nothing: the parent closes standard input to stop the server
			}
		}
		finally {
			server.close();
		}
	}

	/**
	 * Synthetic audio and its SSE framing, shared by the server and the decoding benchmark.
	 */
	public static final class Audio {

		private Audio() {
		}

		/**
		 * A 16-bit little-endian 440 Hz tone at 44.1 kHz.
		 * @param length the number of bytes
		 * @return the audio
		 */
		public static byte[] pcm(int length) {
			byte[] bytes = new byte[length];
			for (int i = 0; i + 1 < length; i += 2) {
				short sample = (short) (Math.sin(2 * Math.PI * 440 * (i / 2) / 44100.0) * 12000);
				bytes[i] = (byte) sample;
				bytes[i + 1] = (byte) (sample >> 8);
			}
			return bytes;
		}

		/**
		 * Frame audio as TTS Server-Sent Events: one {@code chunk} event per chunk, then
		 * {@code done}.
		 * @param audio the audio
		 * @param chunkBytes audio bytes per chunk event
		 * @return the encoded events
		 */
		public static List<byte[]> sseEvents(byte[] audio, int chunkBytes) {
			List<byte[]> events = new ArrayList<>();
			Base64.Encoder encoder = Base64.getEncoder();
			for (int offset = 0; offset < audio.length; offset += chunkBytes) {
				int length = Math.min(chunkBytes, audio.length - offset);
				byte[] chunk = new byte[length];
				System.arraycopy(audio, offset, chunk, 0, length);
				events.add(("event: chunk\ndata: {\"type\":\"chunk\",\"done\":false,\"status_code\":206,"
						+ "\"step_time\":12.345,\"context_id\":\"bench\",\"data\":\"" + encoder.encodeToString(chunk)
						+ "\"}\n\n").getBytes(StandardCharsets.US_ASCII));
			}
			events.add(("event: done\ndata: {\"type\":\"done\",\"done\":true,\"status_code\":206,"
					+ "\"context_id\":\"bench\"}\n\n").getBytes(StandardCharsets.US_ASCII));
			return events;
		}

	}

}
