package io.github.cartesia4j.benchmarks;

import java.time.Duration;

import io.github.cartesia4j.client.CartesiaClient;
import io.github.cartesia4j.client.core.CartesiaJson;
import io.github.cartesia4j.client.tts.AudioEncoding;
import io.github.cartesia4j.client.tts.OutputFormat;
import io.github.cartesia4j.client.tts.TtsRequest;
import io.github.cartesia4j.client.tts.VoiceSpecifier;

/**
 * The requests every side sends, so that both sides of a comparison put the same bytes on the
 * wire.
 *
 * @author cartesia4j
 */
final class BenchmarkRequests {

	static final String API_VERSION = "2025-11-04";

	static final String API_KEY = "sk_car_benchmark";

	/**
	 * About three seconds of speech: the simulator renders it as about 247 KiB of 44.1 kHz
	 * 16-bit WAV, close to the 256 KiB the minimal server sends.
	 */
	static final String TRANSCRIPT = "Streaming speech arrives chunk after chunk";

	static final TtsRequest BYTES = TtsRequest.builder()
		.modelId("sonic-3")
		.transcript(TRANSCRIPT)
		.voice(VoiceSpecifier.id("694f9389-aac1-45b6-b726-9d9369183238"))
		.outputFormat(OutputFormat.wav(AudioEncoding.PCM_S16LE, 44100))
		.language("en")
		.build();

	static final TtsRequest SSE = BYTES.toBuilder()
		.outputFormat(OutputFormat.raw(AudioEncoding.PCM_S16LE, 44100))
		.contextId("bench")
		.build();

	private BenchmarkRequests() {
	}

	static CartesiaClient client(String baseUrl) {
		return CartesiaClient.builder()
			.apiKey(API_KEY)
			.baseUrl(baseUrl)
			.apiVersion(API_VERSION)
			.firstByteTimeout(Duration.ofSeconds(30))
			.build();
	}

	static RawNettySide raw(String baseUrl) {
		return new RawNettySide(baseUrl, API_KEY, CartesiaJson.write(BYTES), CartesiaJson.write(SSE), false);
	}

	static RawNettySide rawCopy(String baseUrl) {
		return new RawNettySide(baseUrl, API_KEY, CartesiaJson.write(BYTES), CartesiaJson.write(SSE), true);
	}

	static WebClientSide webClient(String baseUrl) {
		return new WebClientSide(baseUrl, API_KEY, CartesiaJson.write(BYTES));
	}

	static ConnectorSide connector(String baseUrl) {
		return new ConnectorSide(baseUrl, API_KEY, CartesiaJson.write(BYTES));
	}

	static CartesiaClientSide cartesia(String name, CartesiaClient client) {
		return new CartesiaClientSide(name, client.tts(), BYTES, SSE, false);
	}

	static CartesiaClientSide cartesiaArrays(String name, CartesiaClient client) {
		return new CartesiaClientSide(name, client.tts(), BYTES, SSE, true);
	}

}
