package io.github.cartesia4j.benchmarks;

import java.net.URI;

import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.reactive.ClientHttpResponse;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;

/**
 * A reference between raw Netty and {@link WebClientSide}: Spring's
 * {@link ReactorClientHttpConnector}, the adapter under every {@code WebClient} on Reactor
 * Netty, called directly with the same headers and body, streaming the body buffers and
 * releasing them. It splits the cost of {@code WebClient} into the adapter's and the
 * exchange's.
 *
 * @author cartesia4j
 */
final class ConnectorSide implements TtsSide {

	private final ReactorClientHttpConnector connector = new ReactorClientHttpConnector(HttpClient.create());

	private final URI uri;

	private final String apiKey;

	private final byte[] bytesJson;

	ConnectorSide(String baseUrl, String apiKey, byte[] bytesJson) {
		this.uri = URI.create(baseUrl + "/tts/bytes");
		this.apiKey = apiKey;
		this.bytesJson = bytesJson;
	}

	@Override
	public String name() {
		return "connector";
	}

	@Override
	public Mono<Long> bytes(Timing timing) {
		return this.connector.connect(HttpMethod.POST, this.uri, (request) -> {
			HttpHeaders headers = request.getHeaders();
			headers.set("Cartesia-Version", BenchmarkRequests.API_VERSION);
			headers.setBearerAuth(this.apiKey);
			headers.set(HttpHeaders.CONTENT_TYPE, "application/json");
			headers.set(HttpHeaders.ACCEPT, "audio/wav");
			headers.setContentLength(this.bytesJson.length);
			return request.writeWith(Mono.fromSupplier(() -> request.bufferFactory().wrap(this.bytesJson)));
		})
			.flatMapMany(ClientHttpResponse::getBody)
			.reduce(0L, (count, buffer) -> TtsSide.countAndRelease(timing, count, buffer));
	}

	@Override
	public Mono<Long> sse(Timing timing) {
		throw new UnsupportedOperationException("The connector reference only measures /tts/bytes");
	}

}
