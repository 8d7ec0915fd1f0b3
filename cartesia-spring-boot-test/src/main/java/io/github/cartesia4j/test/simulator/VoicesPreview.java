package io.github.cartesia4j.test.simulator;

import io.netty.handler.codec.http.HttpHeaderNames;
import reactor.core.publisher.Mono;

/**
 * The preview clip behind a voice's {@code preview_file_url}: a short synthetic WAV of the
 * voice introducing itself.
 *
 * @author cartesia4j
 */
final class VoicesPreview {

	private static final int SAMPLE_RATE = 24_000;

	private VoicesPreview() {
	}

	static byte[] wav(String voiceName) {
		SyntheticSpeech speech = SyntheticSpeech.of("Hello, I am " + voiceName + ".", SAMPLE_RATE, 1.0);
		float[] samples = speech.samples();
		PcmEncoding encoding = PcmEncoding.PCM_S16LE;
		byte[] header = WavHeader.create(encoding, SAMPLE_RATE, samples.length);
		byte[] wav = new byte[header.length + samples.length * encoding.bytesPerSample()];
		System.arraycopy(header, 0, wav, 0, header.length);
		byte[] pcm = new byte[samples.length * encoding.bytesPerSample()];
		encoding.encode(samples, samples.length, pcm);
		System.arraycopy(pcm, 0, wav, header.length, pcm.length);
		return wav;
	}

	static Mono<Void> send(SimulatorExchange exchange, String voiceName) {
		byte[] wav = wav(voiceName);
		return exchange.response()
			.status(200)
			.header(HttpHeaderNames.CONTENT_TYPE, "audio/wav")
			.header(HttpHeaderNames.CONTENT_LENGTH, Integer.toString(wav.length))
			.sendByteArray(Mono.just(wav))
			.then();
	}

}
