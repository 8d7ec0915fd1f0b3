package io.github.cartesia4j.client.core;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.websocketx.WebSocketClientHandshakeException;
import io.netty.handler.flush.FlushConsolidationHandler;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.WebsocketClientSpec;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.http.HttpHeaders;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Opens WebSockets to the Cartesia API, for the streaming resources: derives the
 * {@code ws://} or {@code wss://} URL from the base URL, authenticates the upgrade, and maps a
 * refused upgrade to the same typed exceptions as HTTP calls. An API key travels in the
 * {@code Authorization} header with {@code Cartesia-Version}; an access token, like in
 * browsers, travels in the {@code access_token} and {@code cartesia_version} query parameters.
 * Nothing here retries.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public final class WebSocketTransport {

	/**
	 * Largest frame accepted, big enough for base64 audio chunks.
	 */
	public static final int MAX_FRAME_PAYLOAD_LENGTH = 16 * 1024 * 1024;

	private static final WebsocketClientSpec SPEC = WebsocketClientSpec.builder()
		.maxFramePayloadLength(MAX_FRAME_PAYLOAD_LENGTH)
		.build();

	private final HttpSettings settings;

	private final RequestOptions options;

	private final String apiVersion;

	private final Duration handshakeTimeout;

	/**
	 * Messages of many contexts are sent from many threads, each with its own flush; joining
	 * the flushes that are queued on the connection together saves a system call per message.
	 */
	private static final String FLUSH_CONSOLIDATION = "cartesia.flushConsolidation";

	private final HttpClient client;

	private final Clock clock;

	private WebSocketTransport(HttpSettings settings, RequestOptions options, String apiVersion, Clock clock) {
		this.settings = settings;
		this.options = options;
		this.apiVersion = apiVersion;
		this.handshakeTimeout = (options.timeout() != null) ? options.timeout() : settings.firstByteTimeout();
		this.client = HttpClient.create(ConnectionProvider.newConnection())
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(this.handshakeTimeout.toMillis(),
					Integer.MAX_VALUE));
		this.clock = clock;
	}

	/**
	 * Create a transport with the settings, options and API version of an HTTP transport.
	 * @param http the HTTP transport
	 * @return the WebSocket transport
	 */
	public static WebSocketTransport create(CartesiaHttp http) {
		return new WebSocketTransport(http.settings(), http.options(), http.apiVersion(), Clock.systemUTC());
	}

	/**
	 * Return the {@code Cartesia-Version} sent on upgrades.
	 * @return the API version
	 */
	public String apiVersion() {
		return this.apiVersion;
	}

	/**
	 * Open a WebSocket. The upgrade must succeed within the call timeout (the per-call
	 * {@code timeout} option, else the client's first-byte timeout).
	 * @param operation the operation name used in error messages, for example
	 * {@code tts.websocket}
	 * @param path the path, for example {@code /tts/websocket}
	 * @param query query parameters, in order
	 * @param listener receives the frames and the closure
	 * @return the open connection; fails with a {@link CartesiaApiException} subclass when the
	 * upgrade is refused, a {@link CartesiaTimeoutException} or a
	 * {@link CartesiaConnectionException}
	 */
	public Mono<WebSocketConnection> connect(String operation, String path, MultiValueMap<String, String> query,
			WebSocketListener listener) {
		Arguments.requireText(path, "path");
		Arguments.requireNonNull(listener, "listener");
		return Mono.<WebSocketConnection>create((sink) -> {
			AtomicReference<@Nullable WebSocketConnection> opened = new AtomicReference<>();
			WebSocketHandshakeCapture capture = new WebSocketHandshakeCapture();
			Disposable running = this.client
				.doOnConnected((connection) -> connection.addHandlerFirst(WebSocketHandshakeCapture.NAME, capture)
					.addHandlerFirst(FLUSH_CONSOLIDATION, new FlushConsolidationHandler(
							FlushConsolidationHandler.DEFAULT_EXPLICIT_FLUSH_AFTER_FLUSHES, true)))
				.headers((headers) -> headers(new HttpHeaders())
					.forEach((name, values) -> headers.set(name, (Iterable<?>) values)))
				.websocket(SPEC)
				.uri(uri(path, query))
				.handle((inbound, outbound) -> {
					WebSocketConnection connection = new WebSocketConnection(operation, inbound, outbound);
					opened.set(connection);
					sink.success(connection);
					return connection.receive(listener);
				})
				.subscribe(null, (error) -> {
					WebSocketConnection connection = opened.get();
					if (connection != null) {
						connection.ended(listener, error);
					}
					else {
						sink.error(translate(error, operation, path, capture.body()));
					}
				}, () -> {
					WebSocketConnection connection = opened.get();
					if (connection != null) {
						connection.ended(listener, null);
					}
					else {
						sink.error(new CartesiaConnectionException(operation + " closed before the upgrade", null));
					}
				});
			sink.onCancel(running);
		})
			.timeout(this.handshakeTimeout)
			.onErrorMap(TimeoutException.class, (ex) -> new CartesiaTimeoutException(
					operation + " timed out after " + this.handshakeTimeout.toMillis() + " ms waiting for the upgrade",
					ex));
	}

	/**
	 * Build the URL of a WebSocket: the base URL with {@code ws} or {@code wss} instead of
	 * {@code http} or {@code https}, the path, the query, and for an access token the
	 * {@code access_token} and {@code cartesia_version} parameters.
	 * @param path the path
	 * @param query the query parameters
	 * @return the URL
	 */
	URI uri(String path, MultiValueMap<String, String> query) {
		String base = this.settings.baseUrl();
		String scheme = base.regionMatches(true, 0, "https:", 0, 6) ? "wss" : "ws";
		StringBuilder url = new StringBuilder(scheme).append(base, base.indexOf(':'), base.length()).append(path);
		MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>(query);
		Credentials credentials = this.settings.credentials();
		if (credentials.isAccessToken()) {
			parameters.set("access_token", credentials.secret());
			parameters.set("cartesia_version", this.apiVersion);
		}
		char separator = '?';
		for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
			for (String value : parameter.getValue()) {
				url.append(separator)
					.append(UriEncoding.encode(parameter.getKey()))
					.append('=')
					.append(UriEncoding.encode(value));
				separator = '&';
			}
		}
		return URI.create(url.toString());
	}

	/**
	 * Fill the upgrade headers: {@code User-Agent}, the per-call headers, and for an API key
	 * {@code Cartesia-Version} and the authentication header.
	 * @param headers the headers to fill
	 * @return the same headers
	 */
	HttpHeaders headers(HttpHeaders headers) {
		headers.set(HttpHeaders.USER_AGENT, this.settings.userAgent());
		Credentials credentials = this.settings.credentials();
		if (!credentials.isAccessToken()) {
			headers.set("Cartesia-Version", this.apiVersion);
			credentials.apply(headers, this.apiVersion);
		}
		this.options.headers().forEach(headers::set);
		return headers;
	}

	private Throwable translate(Throwable error, String operation, String path, byte[] body) {
		if (error instanceof CartesiaException) {
			return error;
		}
		for (Throwable cause = error; cause != null; cause = cause.getCause()) {
			if (cause instanceof WebSocketClientHandshakeException handshake && handshake.response() != null) {
				return refused(handshake.response(), body);
			}
		}
		String where = this.settings.baseUrl() + path;
		return new CartesiaConnectionException(operation + " could not connect to " + where + ": " + error, error);
	}

	private CartesiaApiException refused(HttpResponse response, byte[] body) {
		HttpHeaders headers = new HttpHeaders();
		response.headers().forEach((header) -> headers.add(header.getKey(), header.getValue()));
		return ApiErrors.fromResponse(response.status().code(), headers, body, this.clock.instant());
	}

}
