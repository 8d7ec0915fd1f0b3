package io.github.cartesia4j.test.simulator;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.JsonNode;

/**
 * A raw WebSocket client of the simulated speech-to-text sockets: sends binary audio and text
 * commands when told to, exposes the received frames as JSON and remembers the close code.
 */
final class SttWebSocketTestClient {

	private final Sinks.Many<WebSocketFrame> outgoing = Sinks.many().unicast().onBackpressureBuffer();

	private final AtomicInteger closeCode = new AtomicInteger(-1);

	/**
	 * Connect with the test key and version headers.
	 * @param simulator the simulator
	 * @param pathAndQuery for example {@code /stt/websocket?model=ink-2}
	 * @return the received frames, completing when the server closes the socket
	 */
	Flux<JsonNode> connect(CartesiaSimulator simulator, String pathAndQuery) {
		return HttpClient.create()
			.headers(SimulatorTestClient::authenticated)
			.websocket()
			.uri("ws://127.0.0.1:" + simulator.port() + pathAndQuery)
			.handle((inbound, outbound) -> {
				inbound.receiveCloseStatus().subscribe((status) -> this.closeCode.set(status.code()));
				outbound.sendObject(this.outgoing.asFlux()).then().subscribe();
				return inbound.aggregateFrames().receive().asString().map(TtsWebSocketTestClient.MAPPER::readTree);
			});
	}

	synchronized void text(String text) {
		this.outgoing.tryEmitNext(new TextWebSocketFrame(text));
	}

	/**
	 * Send audio in binary frames of at most {@code chunkBytes} bytes each.
	 * @param audio the audio
	 * @param chunkBytes the largest frame
	 */
	synchronized void audio(byte[] audio, int chunkBytes) {
		for (int from = 0; from < audio.length; from += chunkBytes) {
			byte[] chunk = Arrays.copyOfRange(audio, from, Math.min(audio.length, from + chunkBytes));
			this.outgoing.tryEmitNext(new BinaryWebSocketFrame(Unpooled.wrappedBuffer(chunk)));
		}
	}

	int closeCode() {
		return this.closeCode.get();
	}

	/**
	 * Render the speech of a transcript.
	 * @param transcript the words
	 * @param encoding the encoding
	 * @param sampleRate the sample rate
	 * @return the bytes
	 */
	static byte[] speech(String transcript, PcmEncoding encoding, int sampleRate) {
		SyntheticSpeech speech = SyntheticSpeech.of(transcript, sampleRate, 1.0);
		byte[] bytes = new byte[speech.sampleCount() * encoding.bytesPerSample()];
		encoding.encode(speech.samples(), speech.sampleCount(), bytes);
		return bytes;
	}

	/**
	 * Return silence.
	 * @param seconds the duration
	 * @param encoding the encoding
	 * @param sampleRate the sample rate
	 * @return the bytes
	 */
	static byte[] silence(double seconds, PcmEncoding encoding, int sampleRate) {
		int samples = (int) Math.round(seconds * sampleRate);
		byte[] bytes = new byte[samples * encoding.bytesPerSample()];
		encoding.encode(new float[samples], samples, bytes);
		return bytes;
	}

}
