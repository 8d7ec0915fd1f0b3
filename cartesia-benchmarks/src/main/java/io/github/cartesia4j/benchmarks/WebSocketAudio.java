package io.github.cartesia4j.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import org.reactivestreams.Publisher;
import reactor.netty.http.server.WebsocketServerSpec;
import reactor.netty.http.websocket.WebsocketInbound;
import reactor.netty.http.websocket.WebsocketOutbound;

/**
 * The {@code GET /tts/websocket} route of the {@link AudioServer}: answers every context with
 * {@value #CHUNKS} precomputed 40 ms audio chunks, in the simulator's JSON frames. Each frame
 * is one pooled direct buffer that copies precomputed bytes around the context id, which is
 * spliced in as it arrived, so a frame costs no encoding and a single copy.
 *
 * @author cartesia4j
 */
final class WebSocketAudio {

	/**
	 * Chunk frames sent for each message that carries a transcript.
	 */
	static final int CHUNKS = 4;

	/**
	 * Audio bytes a context receives for one transcript.
	 */
	static final int CONTEXT_AUDIO_BYTES = CHUNKS * AudioServer.CHUNK_BYTES;

	/**
	 * The route's WebSocket settings: client messages are small JSON text frames.
	 */
	static final WebsocketServerSpec SPEC = WebsocketServerSpec.builder().maxFramePayloadLength(1024 * 1024).build();

	private final byte[] chunkPrefix = ascii("{\"type\":\"chunk\",\"context_id\":\"");

	private final byte[][] chunkSuffixes = new byte[CHUNKS][];

	private final byte[] donePrefix = ascii("{\"type\":\"done\",\"context_id\":\"");

	private final byte[] doneSuffix = ascii("\",\"done\":true,\"status_code\":206}");

	private final byte[] flushDonePrefix = ascii("{\"type\":\"flush_done\",\"context_id\":\"");

	private final byte[] flushDoneSuffix = ascii(
			"\",\"done\":false,\"status_code\":206,\"flush_done\":true,\"flush_id\":");

	WebSocketAudio() {
		byte[] audio = AudioServer.Audio.pcm(CONTEXT_AUDIO_BYTES);
		Base64.Encoder encoder = Base64.getEncoder();
		for (int i = 0; i < CHUNKS; i++) {
			byte[] chunk = new byte[AudioServer.CHUNK_BYTES];
			System.arraycopy(audio, i * chunk.length, chunk, 0, chunk.length);
			this.chunkSuffixes[i] = ascii("\",\"data\":\"" + encoder.encodeToString(chunk)
					+ "\",\"done\":false,\"status_code\":206,\"step_time\":12.345}");
		}
	}

	/**
	 * Serve one connection.
	 * @param inbound the client's messages
	 * @param outbound the frames to the client
	 * @return completes when the connection ends
	 */
	Publisher<Void> serve(WebsocketInbound inbound, WebsocketOutbound outbound) {
		return new WebSocketAudioSession(this).serve(inbound, outbound);
	}

	/**
	 * Return a {@code chunk} frame.
	 * @param contextId the context id as it appeared in the client's JSON
	 * @param index the chunk, from 0 to {@value #CHUNKS} - 1
	 * @return the frame
	 */
	WebSocketFrame chunk(byte[] contextId, int index) {
		return frame(this.chunkPrefix, contextId, this.chunkSuffixes[index]);
	}

	/**
	 * Return a {@code done} frame.
	 * @param contextId the context id as it appeared in the client's JSON
	 * @return the frame
	 */
	WebSocketFrame done(byte[] contextId) {
		return frame(this.donePrefix, contextId, this.doneSuffix);
	}

	/**
	 * Return a {@code flush_done} frame.
	 * @param contextId the context id as it appeared in the client's JSON
	 * @param flushId the flush, from 1
	 * @return the frame
	 */
	WebSocketFrame flushDone(byte[] contextId, int flushId) {
		byte[] end = (flushId + "}").getBytes(StandardCharsets.US_ASCII);
		ByteBuf frame = frame(this.flushDonePrefix, contextId, this.flushDoneSuffix, end.length);
		return new TextWebSocketFrame(frame.writeBytes(end));
	}

	/**
	 * Return an {@code error} frame for no context, which fails the whole connection.
	 * @param message what went wrong
	 * @return the frame
	 */
	WebSocketFrame error(String message) {
		return new TextWebSocketFrame("{\"type\":\"error\",\"done\":true,\"status_code\":400,\"title\":\"Bad request\","
				+ "\"message\":\"" + message + "\",\"error_code\":\"bad_request\"}");
	}

	private static WebSocketFrame frame(byte[] prefix, byte[] contextId, byte[] suffix) {
		return new TextWebSocketFrame(frame(prefix, contextId, suffix, 0));
	}

	private static ByteBuf frame(byte[] prefix, byte[] contextId, byte[] suffix, int extra) {
		return ByteBufAllocator.DEFAULT.directBuffer(prefix.length + contextId.length + suffix.length + extra)
			.writeBytes(prefix)
			.writeBytes(contextId)
			.writeBytes(suffix);
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

}
