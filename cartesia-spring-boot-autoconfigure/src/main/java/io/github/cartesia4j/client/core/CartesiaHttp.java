package io.github.cartesia4j.client.core;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ReactiveHttpOutputMessage;
import org.springframework.util.Assert;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.BodyInserter;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;

/**
 * Sends {@link CartesiaRequest}s: adds the version, authentication and user-agent headers,
 * maps errors to the typed exceptions, applies the timeouts, guards streams against replay,
 * hands every call to the {@link CartesiaCallDecorator} and keeps calls within the
 * {@link ConcurrencyLimit} (a streamed response from {@link #streamed} holds its slot until
 * its headers arrive). Shared by all resource clients.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public final class CartesiaHttp {

	private static final int MAX_ERROR_BODY = 1024 * 1024;

	private final WebClient webClient;

	private final HttpSettings settings;

	private final CartesiaCallDecorator decorator;

	private final ConcurrencyLimit concurrencyLimit;

	private final RequestOptions options;

	private final Clock clock;

	public CartesiaHttp(WebClient webClient, HttpSettings settings, CartesiaCallDecorator decorator) {
		this(webClient, settings, decorator, ConcurrencyLimit.UNLIMITED);
	}

	public CartesiaHttp(WebClient webClient, HttpSettings settings, CartesiaCallDecorator decorator,
			ConcurrencyLimit concurrencyLimit) {
		this(webClient, settings, decorator, concurrencyLimit, RequestOptions.NONE, Clock.systemUTC());
	}

	private CartesiaHttp(WebClient webClient, HttpSettings settings, CartesiaCallDecorator decorator,
			ConcurrencyLimit concurrencyLimit, RequestOptions options, Clock clock) {
		Assert.notNull(webClient, "'webClient' must not be null");
		Assert.notNull(settings, "'settings' must not be null");
		Assert.notNull(decorator, "'decorator' must not be null");
		Assert.notNull(concurrencyLimit, "'concurrencyLimit' must not be null");
		this.webClient = webClient;
		this.settings = settings;
		this.decorator = decorator;
		this.concurrencyLimit = concurrencyLimit;
		this.options = options;
		this.clock = clock;
	}

	/**
	 * Return a copy whose calls use these options on top of the current ones.
	 * @param options the overrides
	 * @return the copy
	 */
	public CartesiaHttp withOptions(RequestOptions options) {
		Assert.notNull(options, "'options' must not be null");
		return new CartesiaHttp(this.webClient, this.settings, this.decorator, this.concurrencyLimit,
				this.options.merge(options), this.clock);
	}

	/**
	 * Return the options in force.
	 * @return the options
	 */
	public RequestOptions options() {
		return this.options;
	}

	/**
	 * Return the connection settings.
	 * @return the settings
	 */
	public HttpSettings settings() {
		return this.settings;
	}

	/**
	 * Return the {@code Cartesia-Version} these calls send.
	 * @return the API version
	 */
	public String apiVersion() {
		return (this.options.apiVersion() != null) ? this.options.apiVersion() : this.settings.apiVersion();
	}

	/**
	 * Send a request and read a JSON response.
	 * @param <T> the response type
	 * @param request the request
	 * @param type the response type
	 * @return the response value
	 */
	public <T> Mono<T> json(CartesiaRequest request, Class<T> type) {
		return json(request, CartesiaJson.type(type));
	}

	/**
	 * Send a request and read a JSON response of a generic type.
	 * @param <T> the response type
	 * @param request the request
	 * @param type the response type
	 * @return the response value
	 */
	public <T> Mono<T> json(CartesiaRequest request, JavaType type) {
		return call(request, (response) -> DataBufferUtils.join(response.bodyToFlux(DataBuffer.class))
			.switchIfEmpty(Mono.error(() -> new CartesiaDecodingException(name(request) + " returned an empty body")))
			.map((buffer) -> {
				try {
					return CartesiaJson.<T>read(buffer.asInputStream(), type);
				}
				finally {
					DataBufferUtils.release(buffer);
				}
			})
			.flux()).single();
	}

	/**
	 * Send a request whose response has no content (for example 204).
	 * @param request the request
	 * @return completes when the response arrived
	 */
	public Mono<Void> noContent(CartesiaRequest request) {
		return call(request, (response) -> response.toBodilessEntity().flux()).then();
	}

	/**
	 * Send a request and stream the response body.
	 * @param request the request
	 * @return the body chunks as they arrive
	 */
	public Flux<byte[]> bytes(CartesiaRequest request) {
		return call(request, (response) -> toBytes(response.bodyToFlux(DataBuffer.class)));
	}

	/**
	 * Send a request and stream the response body without copying it. Each buffer emitted
	 * belongs to the subscriber, which must release it ({@link DataBufferUtils#release});
	 * buffers the stream drops on the way (a cancel, a timeout) are released here.
	 * @param request the request
	 * @return the non-empty body buffers as they arrive
	 */
	public Flux<DataBuffer> dataBuffers(CartesiaRequest request) {
		return call(request, (response) -> nonEmpty(response.bodyToFlux(DataBuffer.class)))
			.doOnDiscard(DataBuffer.class, DataBufferUtils::release);
	}

	/**
	 * Send a request and stream the response body as Server-Sent Events.
	 * @param request the request
	 * @return the events as they arrive
	 */
	public Flux<SseEvent> sse(CartesiaRequest request) {
		return sse(request, Function.identity());
	}

	/**
	 * Send a request and turn its Server-Sent Events into typed elements. The decoder runs
	 * inside each attempt, so its errors (a missing final frame, an error frame) count as the
	 * attempt's outcome.
	 * @param <T> the element type
	 * @param request the request
	 * @param decoder turns the frames of one attempt into elements
	 * @return the elements as they arrive
	 */
	public <T> Flux<T> sse(CartesiaRequest request, Function<Flux<SseEvent>, Flux<T>> decoder) {
		return call(request, (response) -> decoder.apply(SseDecoder.decode(response.bodyToFlux(DataBuffer.class))));
	}

	/**
	 * Send a request and emit the response as soon as its headers arrive; the body then
	 * streams with the same timeouts. Retries cover the wait for the headers only.
	 * @param request the request
	 * @return the response
	 */
	public Mono<StreamedResponse> streamed(CartesiaRequest request) {
		String name = name(request);
		return call(request, (response) -> response.toEntityFlux(DataBuffer.class).flux()).single()
			.map((entity) -> new StreamedResponse(entity.getStatusCode().value(), entity.getHeaders(),
					timed(toBytes(entity.getBody()), this.settings.chunkTimeout(), name)));
	}

	private <T> Flux<T> call(CartesiaRequest request, Function<WebClient.ResponseSpec, Flux<T>> extractor) {
		RequestOptions callOptions = this.options;
		String version = apiVersion();
		String name = name(request);
		Duration firstByte = (callOptions.timeout() != null) ? callOptions.timeout()
				: this.settings.firstByteTimeout();
		Flux<T> attempt = timed(Flux.defer(() -> extractor.apply(send(request, version, callOptions))), firstByte,
				name);
		return this.concurrencyLimit.limit(
				this.decorator.decorate(new CartesiaCall(request.resource(), request.operation(), callOptions), attempt),
				name);
	}

	/**
	 * Apply the timeouts, turn errors into Cartesia exceptions and make those after delivered
	 * data non-retryable.
	 */
	private <T> Flux<T> timed(Flux<T> source, Duration first, String name) {
		return IdleTimeout.apply(source, first, this.settings.chunkTimeout(), StreamTimer.shared(),
				(error, delivered) -> StreamGuard.guard(translate(error, name), delivered, name));
	}

	private WebClient.ResponseSpec send(CartesiaRequest request, String version, RequestOptions callOptions) {
		WebClient.RequestBodySpec spec = this.webClient.method(request.method())
			.uri(URI.create(this.settings.baseUrl() + request.pathAndQuery()))
			.headers((headers) -> {
				headers.set("Cartesia-Version", version);
				this.settings.credentials().apply(headers, version);
				headers.set(HttpHeaders.USER_AGENT, this.settings.userAgent());
				if (request.accept() != null) {
					headers.setAccept(List.of(request.accept()));
				}
				callOptions.headers().forEach(headers::set);
			});
		byte[] json = request.json();
		if (json != null) {
			spec.contentType(MediaType.APPLICATION_JSON).body(jsonBody(json));
		}
		else if (request.body() != null) {
			spec.body(request.body());
		}
		return spec.retrieve().onStatus(HttpStatusCode::isError, this::toException);
	}

	/**
	 * The JSON bytes as they are: no codec lookup, which would cost more than the write.
	 */
	private static BodyInserter<byte[], ReactiveHttpOutputMessage> jsonBody(byte[] json) {
		return (message, context) -> {
			message.getHeaders().setContentLength(json.length);
			return message.writeWith(Mono.fromSupplier(() -> message.bufferFactory().wrap(json)));
		};
	}

	private Mono<Throwable> toException(ClientResponse response) {
		return DataBufferUtils.join(response.body(BodyExtractors.toDataBuffers()), MAX_ERROR_BODY)
			.map((buffer) -> {
				byte[] bytes = new byte[buffer.readableByteCount()];
				buffer.read(bytes);
				DataBufferUtils.release(buffer);
				return bytes;
			})
			.onErrorResume(DataBufferLimitException.class, (ex) -> Mono.just(new byte[0]))
			.defaultIfEmpty(new byte[0])
			.map((body) -> ApiErrors.fromResponse(response.statusCode().value(), response.headers().asHttpHeaders(),
					body, this.clock.instant()));
	}

	private static Flux<DataBuffer> nonEmpty(Flux<DataBuffer> buffers) {
		return buffers.handle((buffer, sink) -> {
			if (buffer.readableByteCount() > 0) {
				sink.next(buffer);
			}
			else {
				DataBufferUtils.release(buffer);
			}
		});
	}

	private static Flux<byte[]> toBytes(Flux<DataBuffer> buffers) {
		return buffers.handle((buffer, sink) -> {
			try {
				int count = buffer.readableByteCount();
				if (count > 0) {
					byte[] bytes = new byte[count];
					buffer.read(bytes);
					sink.next(bytes);
				}
			}
			finally {
				DataBufferUtils.release(buffer);
			}
		});
	}

	private Throwable translate(Throwable ex, String name) {
		if (ex instanceof CartesiaException) {
			return ex;
		}
		if (ex instanceof TimeoutException) {
			return new CartesiaTimeoutException(name + " timed out waiting for response data", ex);
		}
		if (ex instanceof WebClientRequestException) {
			return new CartesiaConnectionException(name + " could not reach " + this.settings.baseUrl() + ": "
					+ rootMessage(ex), ex);
		}
		if (ex instanceof DecodingException || ex instanceof JacksonException) {
			return new CartesiaDecodingException(name + " returned a malformed response: " + rootMessage(ex), ex);
		}
		if (hasCause(ex, IOException.class)) {
			return new CartesiaConnectionException(name + " lost its connection: " + rootMessage(ex), ex);
		}
		return new CartesiaException(name + " failed: " + ex, ex);
	}

	private static boolean hasCause(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable current = ex; current != null; current = current.getCause()) {
			if (type.isInstance(current)) {
				return true;
			}
		}
		return false;
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
	}

	private static String name(CartesiaRequest request) {
		return request.resource() + "." + request.operation();
	}

}
