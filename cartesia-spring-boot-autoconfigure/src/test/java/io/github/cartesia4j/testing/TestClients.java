package io.github.cartesia4j.testing;

import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;

import io.github.cartesia4j.client.CartesiaClient;
import io.github.cartesia4j.client.tts.TtsRequest;
import io.github.cartesia4j.resilience.CartesiaFailurePredicate;
import io.github.cartesia4j.resilience.CartesiaRetryInterval;
import io.github.cartesia4j.resilience.CartesiaRetryPredicate;
import io.github.cartesia4j.resilience.Resilience4jCallDecorator;

/**
 * Builds clients pointed at a local test server.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public final class TestClients {

	/**
	 * API key used by every test client; tests check it never leaks into messages.
	 */
	public static final String API_KEY = "sk_car_wire_test_d0n0t_l3ak";

	/**
	 * A voice id.
	 */
	public static final String VOICE_ID = "694f9389-aac1-45b6-b726-9d9369183238";

	static {
		WarmUp.run(TestClients::builder, request().build());
	}

	private TestClients() {
	}

	/**
	 * A client builder with the test key, the given base URL and short timeouts.
	 * @param baseUrl the base URL of the test server
	 * @return the builder
	 */
	public static CartesiaClient.Builder builder(String baseUrl) {
		return CartesiaClient.builder()
			.apiKey(API_KEY)
			.baseUrl(baseUrl)
			.connectTimeout(Duration.ofSeconds(2))
			.firstByteTimeout(Duration.ofSeconds(10))
			.chunkTimeout(Duration.ofSeconds(4));
	}

	/**
	 * A client with the test key and no resilience.
	 * @param baseUrl the base URL of the test server
	 * @return the client
	 */
	public static CartesiaClient client(String baseUrl) {
		return builder(baseUrl).build();
	}

	/**
	 * A request with a transcript and a voice, nothing else.
	 * @return the request builder
	 */
	public static TtsRequest.Builder request() {
		return TtsRequest.builder().transcript("Hello, world!").voiceId(VOICE_ID);
	}

	/**
	 * A decorator with 3 attempts, 10-50 ms backoff, Retry-After honoured up to 2 s, and a
	 * circuit breaker that never opens within a test.
	 * @return the decorator
	 */
	public static Resilience4jCallDecorator resilience() {
		return resilience(circuitBreaker().build());
	}

	/**
	 * A decorator with 3 attempts, 10-50 ms backoff, Retry-After honoured up to 2 s, and the
	 * given circuit breaker settings.
	 * @param circuitBreaker the circuit breaker settings
	 * @return the decorator
	 */
	public static Resilience4jCallDecorator resilience(CircuitBreakerConfig circuitBreaker) {
		RetryConfig retry = RetryConfig.custom()
			.maxAttempts(3)
			.retryOnException(new CartesiaRetryPredicate())
			.intervalBiFunction(new CartesiaRetryInterval(Duration.ofMillis(10), Duration.ofMillis(50),
					Duration.ofSeconds(2)))
			.build();
		return new Resilience4jCallDecorator(RetryRegistry.ofDefaults(), CircuitBreakerRegistry.ofDefaults(), retry,
				circuitBreaker);
	}

	/**
	 * Circuit breaker settings that record failures the way the starter does.
	 * @return the settings builder
	 */
	public static CircuitBreakerConfig.Builder circuitBreaker() {
		return CircuitBreakerConfig.custom().recordException(new CartesiaFailurePredicate());
	}

}
