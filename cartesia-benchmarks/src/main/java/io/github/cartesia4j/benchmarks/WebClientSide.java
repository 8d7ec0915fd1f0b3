package io.github.cartesia4j.benchmarks;

import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * A reference between raw Netty and the Cartesia client: a plain Spring {@link WebClient}
 * call streaming the body as {@link DataBuffer}s and releasing them, which is what the
 * Cartesia client builds on. It tells the cost of WebClient itself apart from the client's
 * own layers.
 *
 * @author cartesia4j
 */
final class WebClientSide implements TtsSide {

	private final WebClient webClient;

	private final byte[] bytesJson;

	WebClientSide(String baseUrl, String apiKey, byte[] bytesJson) {
		this.webClient = WebClient.builder()
			.clientConnector(new ReactorClientHttpConnector(HttpClient.create()))
			.baseUrl(baseUrl)
			.defaultHeaders((headers) -> {
				headers.set("Cartesia-Version", BenchmarkRequests.API_VERSION);
				headers.setBearerAuth(apiKey);
			})
			.build();
		this.bytesJson = bytesJson;
	}

	@Override
	public String name() {
		return "webclient";
	}

	@Override
	public Mono<Long> bytes(Timing timing) {
		return this.webClient.post()
			.uri("/tts/bytes")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.parseMediaType("audio/wav"))
			.bodyValue(this.bytesJson)
			.retrieve()
			.bodyToFlux(DataBuffer.class)
			.reduce(0L, (count, buffer) -> TtsSide.countAndRelease(timing, count, buffer));
	}

	@Override
	public Mono<Long> sse(Timing timing) {
		throw new UnsupportedOperationException("The WebClient reference only measures /tts/bytes");
	}

}
