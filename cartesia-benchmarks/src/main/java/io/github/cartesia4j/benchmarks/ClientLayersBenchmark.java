package io.github.cartesia4j.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.cartesia4j.client.CartesiaClient;
import io.github.cartesia4j.client.core.CartesiaJson;
import io.github.cartesia4j.client.tts.TtsClient;

/**
 * JMH benchmark of the CPU one {@code /tts/bytes} call costs on the client side alone, over
 * an {@link InMemoryConnector}: no kernel, no server, so what remains is Spring's
 * {@link WebClient} and, for the client's methods, its own layers (request building, JSON,
 * timeouts, retry guard, error mapping, metrics hook). Each operation streams 256 KiB in the
 * chunks Reactor Netty delivers on loopback.
 *
 * @author cartesia4j
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Threads(1)
public class ClientLayersBenchmark {

	/**
	 * Bytes of one body chunk, as {@code HttpObjectDecoder} hands them out by default.
	 */
	static final int CHUNK_BYTES = 8192;

	private WebClient webClient;

	private TtsClient tts;

	private byte[] json;

	/**
	 * Build the plain {@link WebClient} and the Cartesia client on the same connector.
	 */
	@Setup
	public void setUp() {
		InMemoryConnector connector = new InMemoryConnector(AudioServer.Audio.pcm(BenchmarkSuite.RESPONSE_BYTES),
				CHUNK_BYTES);
		this.webClient = WebClient.builder()
			.clientConnector(connector)
			.baseUrl("http://localhost")
			.defaultHeaders((headers) -> {
				headers.set("Cartesia-Version", BenchmarkRequests.API_VERSION);
				headers.setBearerAuth(BenchmarkRequests.API_KEY);
			})
			.build();
		this.tts = CartesiaClient.builder()
			.apiKey(BenchmarkRequests.API_KEY)
			.baseUrl("http://localhost")
			.apiVersion(BenchmarkRequests.API_VERSION)
			.clientConnector(connector)
			.build()
			.tts();
		this.json = CartesiaJson.write(BenchmarkRequests.BYTES);
	}

	/**
	 * A plain {@link WebClient} call with the same headers and body, streaming buffers.
	 * @return the bytes received
	 */
	@Benchmark
	public long webClient() {
		return this.webClient.post()
			.uri("/tts/bytes")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.parseMediaType("audio/wav"))
			.bodyValue(this.json)
			.retrieve()
			.bodyToFlux(DataBuffer.class)
			.reduce(0L, ClientLayersBenchmark::countAndRelease)
			.block();
	}

	/**
	 * {@link TtsClient#bytesAsDataBuffers}.
	 * @return the bytes received
	 */
	@Benchmark
	public long clientBuffers() {
		return this.tts.bytesAsDataBuffers(BenchmarkRequests.BYTES)
			.reduce(0L, ClientLayersBenchmark::countAndRelease)
			.block();
	}

	/**
	 * {@link TtsClient#bytes}, which copies each chunk into a {@code byte[]}.
	 * @return the bytes received
	 */
	@Benchmark
	public long clientArrays() {
		return this.tts.bytes(BenchmarkRequests.BYTES).reduce(0L, (count, chunk) -> count + chunk.length).block();
	}

	private static long countAndRelease(long count, DataBuffer buffer) {
		int length = buffer.readableByteCount();
		DataBufferUtils.release(buffer);
		return count + length;
	}

}
