package io.github.cartesia4j.benchmarks;

import java.net.URI;
import java.nio.ByteBuffer;
import java.util.function.Function;

import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseCookie;
import org.springframework.http.client.reactive.AbstractClientHttpRequest;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ClientHttpRequest;
import org.springframework.http.client.reactive.ClientHttpResponse;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A {@link ClientHttpConnector} without a network: it consumes the request body and answers
 * every request with the same audio, cut into the chunks a socket would deliver. With it,
 * the CPU a client spends per request is measured without the kernel and the server.
 *
 * @author cartesia4j
 */
final class InMemoryConnector implements ClientHttpConnector {

	private final byte[] audio;

	private final int chunkBytes;

	InMemoryConnector(byte[] audio, int chunkBytes) {
		this.audio = audio;
		this.chunkBytes = chunkBytes;
	}

	@Override
	public Mono<ClientHttpResponse> connect(HttpMethod method, URI uri,
			Function<? super ClientHttpRequest, Mono<Void>> requestCallback) {
		return requestCallback.apply(new Request(method, uri)).then(Mono.fromSupplier(Response::new));
	}

	private final class Response implements ClientHttpResponse {

		private final HttpHeaders headers = new HttpHeaders();

		Response() {
			this.headers.set(HttpHeaders.CONTENT_TYPE, "audio/wav");
			this.headers.setContentLength(InMemoryConnector.this.audio.length);
		}

		@Override
		public HttpStatusCode getStatusCode() {
			return HttpStatus.OK;
		}

		@Override
		public MultiValueMap<String, ResponseCookie> getCookies() {
			return new LinkedMultiValueMap<>();
		}

		@Override
		public HttpHeaders getHeaders() {
			return this.headers;
		}

		@Override
		public Flux<DataBuffer> getBody() {
			byte[] audio = InMemoryConnector.this.audio;
			int chunk = InMemoryConnector.this.chunkBytes;
			int chunks = (audio.length + chunk - 1) / chunk;
			return Flux.range(0, chunks).map((i) -> {
				int from = i * chunk;
				return DefaultDataBufferFactory.sharedInstance
					.wrap(ByteBuffer.wrap(audio, from, Math.min(chunk, audio.length - from)).slice());
			});
		}

	}

	private static final class Request extends AbstractClientHttpRequest {

		private final HttpMethod method;

		private final URI uri;

		Request(HttpMethod method, URI uri) {
			this.method = method;
			this.uri = uri;
		}

		@Override
		public HttpMethod getMethod() {
			return this.method;
		}

		@Override
		public URI getURI() {
			return this.uri;
		}

		@Override
		public DataBufferFactory bufferFactory() {
			return DefaultDataBufferFactory.sharedInstance;
		}

		@Override
		@SuppressWarnings("unchecked")
		public <T> T getNativeRequest() {
			return (T) this;
		}

		@Override
		public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
			return doCommit(() -> Flux.from(body).doOnNext(DataBufferUtils::release).then());
		}

		@Override
		public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
			return writeWith(Flux.from(body).concatMap(Flux::from));
		}

		@Override
		public Mono<Void> setComplete() {
			return doCommit();
		}

		@Override
		protected void applyHeaders() {
		}

		@Override
		protected void applyCookies() {
		}

	}

}
