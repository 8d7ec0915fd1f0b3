package io.github.cartesia4j.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Properties;

import io.netty.channel.ChannelOption;
import org.jspecify.annotations.Nullable;
import reactor.netty.http.client.HttpClient;

import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.util.Assert;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.cartesia4j.client.agents.AgentsClient;
import io.github.cartesia4j.client.auth.AuthClient;
import io.github.cartesia4j.client.core.ApiVersion;
import io.github.cartesia4j.client.core.CallStatus;
import io.github.cartesia4j.client.core.CartesiaCallDecorator;
import io.github.cartesia4j.client.core.CartesiaHttp;
import io.github.cartesia4j.client.core.ConcurrencyLimit;
import io.github.cartesia4j.client.core.Credentials;
import io.github.cartesia4j.client.core.HttpSettings;
import io.github.cartesia4j.client.datasets.DatasetsClient;
import io.github.cartesia4j.client.finetunes.FineTunesClient;
import io.github.cartesia4j.client.infill.InfillClient;
import io.github.cartesia4j.client.pronunciationdicts.PronunciationDictsClient;
import io.github.cartesia4j.client.status.ApiStatusClient;
import io.github.cartesia4j.client.stt.SttClient;
import io.github.cartesia4j.client.tts.TtsClient;
import io.github.cartesia4j.client.tts.TtsDefaults;
import io.github.cartesia4j.client.tts.TtsRecorder;
import io.github.cartesia4j.client.voicechanger.VoiceChangerClient;
import io.github.cartesia4j.client.voices.VoicesClient;

/**
 * Entry point to the Cartesia API, with one accessor per API resource. Thread-safe; build one
 * and share it.
 *
 * <pre class="code">
 * CartesiaClient cartesia = CartesiaClient.builder().apiKey(System.getenv("CARTESIA_API_KEY")).build();
 * Flux&lt;byte[]&gt; audio = cartesia.tts().bytes(TtsRequest.builder().transcript("Hello").voiceId(id).build());
 * </pre>
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public final class CartesiaClient {

	/**
	 * Base URL of the Cartesia API.
	 */
	public static final String DEFAULT_BASE_URL = "https://api.cartesia.ai";

	/**
	 * Version of this library, sent in the {@code User-Agent} header.
	 */
	public static final String VERSION = readVersion();

	private final CartesiaHttp http;

	private final ApiStatusClient apiStatus;

	private final TtsClient tts;

	private final AgentsClient agents;

	private final AuthClient auth;

	private final DatasetsClient datasets;

	private final FineTunesClient fineTunes;

	private final InfillClient infill;

	private final PronunciationDictsClient pronunciationDicts;

	private final SttClient stt;

	private final VoiceChangerClient voiceChanger;

	private final VoicesClient voices;

	private CartesiaClient(CartesiaHttp http, TtsDefaults ttsDefaults, TtsRecorder ttsRecorder) {
		this.http = http;
		this.apiStatus = ApiStatusClient.create(http);
		this.tts = TtsClient.create(http, ttsDefaults, ttsRecorder);
		this.agents = AgentsClient.create(http);
		this.auth = AuthClient.create(http);
		this.datasets = DatasetsClient.create(http);
		this.fineTunes = FineTunesClient.create(http);
		this.infill = InfillClient.create(http);
		this.pronunciationDicts = PronunciationDictsClient.create(http);
		this.stt = SttClient.create(http);
		this.voiceChanger = VoiceChangerClient.create(http);
		this.voices = VoicesClient.create(http);
	}

	/**
	 * Start building a client.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Return the API status client ({@code GET /}).
	 * @return the client
	 */
	public ApiStatusClient apiStatus() {
		return this.apiStatus;
	}

	/**
	 * Return the text-to-speech client.
	 * @return the client
	 */
	public TtsClient tts() {
		return this.tts;
	}

	/**
	 * Return the voice agents client.
	 * @return the client
	 */
	public AgentsClient agents() {
		return this.agents;
	}

	/**
	 * Return the access tokens client.
	 * @return the client
	 */
	public AuthClient auth() {
		return this.auth;
	}

	/**
	 * Return the datasets and their files client.
	 * @return the client
	 */
	public DatasetsClient datasets() {
		return this.datasets;
	}

	/**
	 * Return the fine-tunes client.
	 * @return the client
	 */
	public FineTunesClient fineTunes() {
		return this.fineTunes;
	}

	/**
	 * Return the infill client.
	 * @return the client
	 */
	public InfillClient infill() {
		return this.infill;
	}

	/**
	 * Return the pronunciation dictionaries client.
	 * @return the client
	 */
	public PronunciationDictsClient pronunciationDicts() {
		return this.pronunciationDicts;
	}

	/**
	 * Return the speech-to-text client.
	 * @return the client
	 */
	public SttClient stt() {
		return this.stt;
	}

	/**
	 * Return the voice changer client.
	 * @return the client
	 */
	public VoiceChangerClient voiceChanger() {
		return this.voiceChanger;
	}

	/**
	 * Return the voices client.
	 * @return the client
	 */
	public VoicesClient voices() {
		return this.voices;
	}

	/**
	 * Return the transport shared by the resource clients.
	 * @return the transport
	 */
	public CartesiaHttp http() {
		return this.http;
	}

	@Override
	public String toString() {
		HttpSettings settings = this.http.settings();
		return "CartesiaClient[baseUrl=" + settings.baseUrl() + ", apiVersion=" + settings.apiVersion() + "]";
	}

	private static String readVersion() {
		try (InputStream input = CartesiaClient.class.getResourceAsStream("cartesia-client.properties")) {
			Properties properties = new Properties();
			if (input != null) {
				properties.load(input);
			}
			return properties.getProperty("version", "unknown");
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	/**
	 * Builder for {@link CartesiaClient}.
	 */
	public static final class Builder {

		private @Nullable Credentials credentials;

		private String baseUrl = DEFAULT_BASE_URL;

		private boolean allowInsecureHttp;

		private String apiVersion = ApiVersion.DEFAULT;

		private Duration connectTimeout = Duration.ofSeconds(5);

		private Duration firstByteTimeout = Duration.ofSeconds(60);

		private Duration chunkTimeout = Duration.ofSeconds(30);

		private WebClient.@Nullable Builder webClientBuilder;

		private @Nullable ClientHttpConnector clientConnector;

		private CartesiaCallDecorator callDecorator = CartesiaCallDecorator.NONE;

		private ConcurrencyLimit concurrencyLimit = ConcurrencyLimit.UNLIMITED;

		private TtsDefaults ttsDefaults = TtsDefaults.STANDARD;

		private TtsRecorder ttsRecorder = TtsRecorder.NONE;

		private Builder() {
		}

		/**
		 * Authenticate with an API key.
		 * @param apiKey the key ({@code sk_car_...})
		 * @return this builder
		 */
		public Builder apiKey(String apiKey) {
			this.credentials = Credentials.apiKey(apiKey);
			return this;
		}

		/**
		 * Authenticate with a short-lived access token instead of an API key.
		 * @param accessToken the token
		 * @return this builder
		 */
		public Builder accessToken(String accessToken) {
			this.credentials = Credentials.accessToken(accessToken);
			return this;
		}

		/**
		 * Set the base URL. Plain {@code http://} is refused by {@link #build()} unless the host
		 * is a loopback address or {@link #allowInsecureHttp(boolean)} is set.
		 * @param baseUrl the base URL
		 * @return this builder
		 */
		public Builder baseUrl(String baseUrl) {
			Assert.hasText(baseUrl, "'baseUrl' must not be empty");
			checkBaseUrl(baseUrl, true);
			this.baseUrl = baseUrl;
			return this;
		}

		/**
		 * Allow a plain {@code http://} base URL on a non-loopback host. Cartesia rotates keys
		 * seen over plain HTTP.
		 * @param allowInsecureHttp whether to allow it
		 * @return this builder
		 */
		public Builder allowInsecureHttp(boolean allowInsecureHttp) {
			this.allowInsecureHttp = allowInsecureHttp;
			return this;
		}

		/**
		 * Set the {@code Cartesia-Version} sent by default.
		 * @param apiVersion the version, for example {@code 2025-11-04}
		 * @return this builder
		 */
		public Builder apiVersion(String apiVersion) {
			Assert.isTrue(apiVersion != null && ApiVersion.isValid(apiVersion),
					() -> "'apiVersion' must be a date like 2025-11-04, got '" + apiVersion + "'");
			this.apiVersion = apiVersion;
			return this;
		}

		/**
		 * Set the maximum time to open a connection.
		 * @param connectTimeout the timeout
		 * @return this builder
		 */
		public Builder connectTimeout(Duration connectTimeout) {
			this.connectTimeout = positive(connectTimeout, "connectTimeout");
			return this;
		}

		/**
		 * Set the maximum time to wait for the first response data of each attempt.
		 * @param firstByteTimeout the timeout
		 * @return this builder
		 */
		public Builder firstByteTimeout(Duration firstByteTimeout) {
			this.firstByteTimeout = positive(firstByteTimeout, "firstByteTimeout");
			return this;
		}

		/**
		 * Set the maximum time between two chunks of a streamed response while the caller
		 * waits for more.
		 * @param chunkTimeout the timeout
		 * @return this builder
		 */
		public Builder chunkTimeout(Duration chunkTimeout) {
			this.chunkTimeout = positive(chunkTimeout, "chunkTimeout");
			return this;
		}

		/**
		 * Start from this {@link WebClient.Builder} (for example Spring Boot's, which brings
		 * metrics and tracing). It is cloned, never modified.
		 * @param webClientBuilder the builder
		 * @return this builder
		 */
		public Builder webClientBuilder(WebClient.Builder webClientBuilder) {
			this.webClientBuilder = webClientBuilder;
			return this;
		}

		/**
		 * Send requests through this connector instead of the client's own Reactor Netty
		 * connector, for example one with a tuned connection pool, proxy or TLS settings. The
		 * {@link #connectTimeout connect timeout} is then the connector's to apply. WebSockets
		 * keep their own connections.
		 * @param clientConnector the connector
		 * @return this builder
		 */
		public Builder clientConnector(ClientHttpConnector clientConnector) {
			Assert.notNull(clientConnector, "'clientConnector' must not be null");
			this.clientConnector = clientConnector;
			return this;
		}

		/**
		 * Wrap every call, for example with retries and a circuit breaker.
		 * @param callDecorator the decorator
		 * @return this builder
		 */
		public Builder callDecorator(CartesiaCallDecorator callDecorator) {
			Assert.notNull(callDecorator, "'callDecorator' must not be null");
			this.callDecorator = callDecorator;
			return this;
		}

		/**
		 * Bound how many calls are in flight at once, below the account's concurrency, so
		 * excess calls wait here instead of failing with 429 {@code concurrency_limited}.
		 * @param concurrencyLimit the limit
		 * @return this builder
		 */
		public Builder concurrencyLimit(ConcurrencyLimit concurrencyLimit) {
			Assert.notNull(concurrencyLimit, "'concurrencyLimit' must not be null");
			this.concurrencyLimit = concurrencyLimit;
			return this;
		}

		/**
		 * Set the text-to-speech defaults.
		 * @param ttsDefaults the defaults
		 * @return this builder
		 */
		public Builder ttsDefaults(TtsDefaults ttsDefaults) {
			Assert.notNull(ttsDefaults, "'ttsDefaults' must not be null");
			this.ttsDefaults = ttsDefaults;
			return this;
		}

		/**
		 * Set the recorder of text-to-speech timings.
		 * @param ttsRecorder the recorder
		 * @return this builder
		 */
		public Builder ttsRecorder(TtsRecorder ttsRecorder) {
			Assert.notNull(ttsRecorder, "'ttsRecorder' must not be null");
			this.ttsRecorder = ttsRecorder;
			return this;
		}

		/**
		 * Build the client.
		 * @return the client
		 * @throws IllegalArgumentException if no credentials are set or the base URL is
		 * refused
		 */
		public CartesiaClient build() {
			Assert.isTrue(this.credentials != null, "An API key or access token is required");
			checkBaseUrl(this.baseUrl, this.allowInsecureHttp);
			WebClient.Builder builder = (this.webClientBuilder != null) ? this.webClientBuilder.clone()
					: WebClient.builder();
			WebClient webClient = builder.clientConnector(connector())
				.filter(CallStatus.recorder())
				.codecs((codecs) -> codecs.defaultCodecs().enableLoggingRequestDetails(false))
				.build();
			HttpSettings settings = new HttpSettings(this.baseUrl, this.credentials, this.apiVersion,
					"cartesia-spring-boot/" + VERSION, this.firstByteTimeout, this.chunkTimeout);
			return new CartesiaClient(new CartesiaHttp(webClient, settings, this.callDecorator, this.concurrencyLimit), this.ttsDefaults,
					this.ttsRecorder);
		}

		private ClientHttpConnector connector() {
			if (this.clientConnector != null) {
				return this.clientConnector;
			}
			return new ReactorClientHttpConnector(HttpClient.create()
				.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) this.connectTimeout.toMillis()));
		}

		/**
		 * Check a base URL the way {@link #build()} does.
		 * @param baseUrl the base URL
		 * @param allowInsecureHttp whether plain http is allowed on non-loopback hosts
		 * @throws IllegalArgumentException if the URL is refused
		 */
		public static void checkBaseUrl(String baseUrl, boolean allowInsecureHttp) {
			URI uri;
			try {
				uri = URI.create(baseUrl);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("'baseUrl' is not a valid URL: " + baseUrl, ex);
			}
			String scheme = uri.getScheme();
			Assert.isTrue(uri.getHost() != null && ("https".equals(scheme) || "http".equals(scheme)),
					() -> "'baseUrl' must be an absolute http(s) URL, got " + baseUrl);
			Assert.isTrue(uri.getQuery() == null && uri.getFragment() == null,
					() -> "'baseUrl' must not have a query or fragment, got " + baseUrl);
			if ("http".equals(scheme) && !allowInsecureHttp && !isLoopback(uri.getHost())) {
				throw new IllegalArgumentException("'baseUrl' uses plain http on a non-loopback host (" + uri.getHost()
						+ "); use https or allow insecure http explicitly");
			}
		}

		private static boolean isLoopback(String host) {
			if ("localhost".equalsIgnoreCase(host)) {
				return true;
			}
			String literal = (host.startsWith("[") && host.endsWith("]")) ? host.substring(1, host.length() - 1) : host;
			if (!literal.matches("[0-9.]+|[0-9a-fA-F:]+")) {
				return false;
			}
			try {
				return InetAddress.getByName(literal).isLoopbackAddress();
			}
			catch (UnknownHostException ex) {
				return false;
			}
		}

		private static Duration positive(Duration duration, String name) {
			Assert.isTrue(duration != null && !duration.isNegative() && !duration.isZero(),
					() -> "'" + name + "' must be positive");
			return duration;
		}

	}

}
