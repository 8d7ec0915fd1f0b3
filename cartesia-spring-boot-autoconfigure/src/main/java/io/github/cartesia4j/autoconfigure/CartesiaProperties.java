package io.github.cartesia4j.autoconfigure;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

import io.github.cartesia4j.client.tts.AudioEncoding;
import io.github.cartesia4j.client.tts.Container;

/**
 * Configuration properties for the Cartesia clients.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
@ConfigurationProperties("cartesia")
public class CartesiaProperties {

	/**
	 * API key used to authenticate requests. The clients are only created when it is set.
	 */
	private @Nullable String apiKey;

	/**
	 * Base URL of the Cartesia API.
	 */
	private URI baseUrl = URI.create("https://api.cartesia.ai");

	/**
	 * Whether a plain 'http' base URL is allowed on a host other than a loopback address.
	 */
	private boolean allowInsecureHttp;

	/**
	 * Value of the 'Cartesia-Version' header sent with every request.
	 */
	private String apiVersion = "2025-11-04";

	/**
	 * Maximum time to open a connection.
	 */
	private Duration connectTimeout = Duration.ofSeconds(5);

	/**
	 * Maximum time to wait for the first response data of each attempt.
	 */
	private Duration firstByteTimeout = Duration.ofSeconds(60);

	/**
	 * Maximum time between two chunks of a streamed response while the caller waits for more.
	 */
	private Duration chunkTimeout = Duration.ofSeconds(30);

	/**
	 * Text-to-speech defaults.
	 */
	private final Tts tts = new Tts();

	/**
	 * Retries and circuit breakers.
	 */
	private final Resilience resilience = new Resilience();

	/**
	 * Health indicator.
	 */
	private final Health health = new Health();

	/**
	 * Client-side concurrency limit.
	 */
	private final Concurrency concurrency = new Concurrency();

	public @Nullable String getApiKey() {
		return this.apiKey;
	}

	public void setApiKey(@Nullable String apiKey) {
		this.apiKey = apiKey;
	}

	public URI getBaseUrl() {
		return this.baseUrl;
	}

	public void setBaseUrl(URI baseUrl) {
		this.baseUrl = baseUrl;
	}

	public boolean isAllowInsecureHttp() {
		return this.allowInsecureHttp;
	}

	public void setAllowInsecureHttp(boolean allowInsecureHttp) {
		this.allowInsecureHttp = allowInsecureHttp;
	}

	public String getApiVersion() {
		return this.apiVersion;
	}

	public void setApiVersion(String apiVersion) {
		this.apiVersion = apiVersion;
	}

	public Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	public void setConnectTimeout(Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	public Duration getFirstByteTimeout() {
		return this.firstByteTimeout;
	}

	public void setFirstByteTimeout(Duration firstByteTimeout) {
		this.firstByteTimeout = firstByteTimeout;
	}

	public Duration getChunkTimeout() {
		return this.chunkTimeout;
	}

	public void setChunkTimeout(Duration chunkTimeout) {
		this.chunkTimeout = chunkTimeout;
	}

	public Tts getTts() {
		return this.tts;
	}

	public Resilience getResilience() {
		return this.resilience;
	}

	public Health getHealth() {
		return this.health;
	}

	public Concurrency getConcurrency() {
		return this.concurrency;
	}

	/**
	 * Text-to-speech defaults, used when a request leaves a value out.
	 */
	public static class Tts {

		/**
		 * Model used when a request names none.
		 */
		private String modelId = "sonic-3";

		/**
		 * Voice id used when a request names no voice.
		 */
		private @Nullable String voiceId;

		/**
		 * Language used when a request names none; unset lets the API decide.
		 */
		private @Nullable String language;

		/**
		 * Default audio output format.
		 */
		private final OutputFormat outputFormat = new OutputFormat();

		public String getModelId() {
			return this.modelId;
		}

		public void setModelId(String modelId) {
			this.modelId = modelId;
		}

		public @Nullable String getVoiceId() {
			return this.voiceId;
		}

		public void setVoiceId(@Nullable String voiceId) {
			this.voiceId = voiceId;
		}

		public @Nullable String getLanguage() {
			return this.language;
		}

		public void setLanguage(@Nullable String language) {
			this.language = language;
		}

		public OutputFormat getOutputFormat() {
			return this.outputFormat;
		}

	}

	/**
	 * Default audio output format of text-to-speech requests.
	 */
	public static class OutputFormat {

		/**
		 * Audio container.
		 */
		private Container container = Container.WAV;

		/**
		 * Sample encoding, for the raw and wav containers.
		 */
		private AudioEncoding encoding = AudioEncoding.PCM_S16LE;

		/**
		 * Sample rate in Hz: 8000, 16000, 22050, 24000, 44100 or 48000.
		 */
		private int sampleRate = 44100;

		/**
		 * Bit rate in bits per second for the mp3 container: 32000, 64000, 96000, 128000 or
		 * 192000.
		 */
		private int bitRate = 128000;

		public Container getContainer() {
			return this.container;
		}

		public void setContainer(Container container) {
			this.container = container;
		}

		public AudioEncoding getEncoding() {
			return this.encoding;
		}

		public void setEncoding(AudioEncoding encoding) {
			this.encoding = encoding;
		}

		public int getSampleRate() {
			return this.sampleRate;
		}

		public void setSampleRate(int sampleRate) {
			this.sampleRate = sampleRate;
		}

		public int getBitRate() {
			return this.bitRate;
		}

		public void setBitRate(int bitRate) {
			this.bitRate = bitRate;
		}

	}

	/**
	 * Library defaults of the Resilience4j retry and circuit breaker of each resource. Standard
	 * 'resilience4j.*.instances.cartesia-<resource>.*' properties take precedence.
	 */
	public static class Resilience {

		/**
		 * Whether calls are retried and protected by a circuit breaker.
		 */
		private boolean enabled = true;

		/**
		 * Maximum attempts per call, the first one included.
		 */
		private int maxAttempts = 3;

		/**
		 * Wait before the first retry; it doubles for each further retry, with jitter.
		 */
		private Duration initialBackoff = Duration.ofMillis(500);

		/**
		 * Longest computed wait between two attempts.
		 */
		private Duration maxBackoff = Duration.ofSeconds(8);

		/**
		 * Longest 'Retry-After' wait that is honoured; a longer one falls back to the
		 * computed backoff.
		 */
		private Duration maxRetryAfter = Duration.ofSeconds(60);

		/**
		 * Failure rate, in percent, at which a circuit breaker opens.
		 */
		private float failureRateThreshold = 50;

		/**
		 * Number of recent calls a circuit breaker considers.
		 */
		private int slidingWindowSize = 20;

		/**
		 * Calls needed before a circuit breaker computes a failure rate.
		 */
		private int minimumNumberOfCalls = 10;

		/**
		 * Time an open circuit breaker waits before letting trial calls through.
		 */
		private Duration waitDurationInOpenState = Duration.ofSeconds(30);

		/**
		 * Trial calls let through by a half-open circuit breaker.
		 */
		private int permittedCallsInHalfOpenState = 3;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public int getMaxAttempts() {
			return this.maxAttempts;
		}

		public void setMaxAttempts(int maxAttempts) {
			this.maxAttempts = maxAttempts;
		}

		public Duration getInitialBackoff() {
			return this.initialBackoff;
		}

		public void setInitialBackoff(Duration initialBackoff) {
			this.initialBackoff = initialBackoff;
		}

		public Duration getMaxBackoff() {
			return this.maxBackoff;
		}

		public void setMaxBackoff(Duration maxBackoff) {
			this.maxBackoff = maxBackoff;
		}

		public Duration getMaxRetryAfter() {
			return this.maxRetryAfter;
		}

		public void setMaxRetryAfter(Duration maxRetryAfter) {
			this.maxRetryAfter = maxRetryAfter;
		}

		public float getFailureRateThreshold() {
			return this.failureRateThreshold;
		}

		public void setFailureRateThreshold(float failureRateThreshold) {
			this.failureRateThreshold = failureRateThreshold;
		}

		public int getSlidingWindowSize() {
			return this.slidingWindowSize;
		}

		public void setSlidingWindowSize(int slidingWindowSize) {
			this.slidingWindowSize = slidingWindowSize;
		}

		public int getMinimumNumberOfCalls() {
			return this.minimumNumberOfCalls;
		}

		public void setMinimumNumberOfCalls(int minimumNumberOfCalls) {
			this.minimumNumberOfCalls = minimumNumberOfCalls;
		}

		public Duration getWaitDurationInOpenState() {
			return this.waitDurationInOpenState;
		}

		public void setWaitDurationInOpenState(Duration waitDurationInOpenState) {
			this.waitDurationInOpenState = waitDurationInOpenState;
		}

		public int getPermittedCallsInHalfOpenState() {
			return this.permittedCallsInHalfOpenState;
		}

		public void setPermittedCallsInHalfOpenState(int permittedCallsInHalfOpenState) {
			this.permittedCallsInHalfOpenState = permittedCallsInHalfOpenState;
		}

	}

	/**
	 * Health indicator settings.
	 */
	public static class Health {

		/**
		 * Maximum time the health check waits for the API status.
		 */
		private Duration timeout = Duration.ofSeconds(3);

		public Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(Duration timeout) {
			this.timeout = timeout;
		}

	}

	/**
	 * Client-side bound on calls in flight, below the account's concurrency.
	 */
	public static class Concurrency {

		/**
		 * Maximum calls in flight at once across all resources; unset means no limit.
		 */
		private @Nullable Integer maxInFlight;

		/**
		 * How long a call waits for a free slot before failing; zero fails at once.
		 */
		private Duration maxWait = Duration.ofSeconds(30);

		public @Nullable Integer getMaxInFlight() {
			return this.maxInFlight;
		}

		public void setMaxInFlight(@Nullable Integer maxInFlight) {
			this.maxInFlight = maxInFlight;
		}

		public Duration getMaxWait() {
			return this.maxWait;
		}

		public void setMaxWait(Duration maxWait) {
			this.maxWait = maxWait;
		}

	}

}
