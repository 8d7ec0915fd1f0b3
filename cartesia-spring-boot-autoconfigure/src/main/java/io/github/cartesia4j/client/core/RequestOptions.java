package io.github.cartesia4j.client.core;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Per-call overrides, applied with a resource client's {@code withOptions(...)}: response
 * timeout, extra headers, API version and retries.
 *
 * @param timeout maximum time to wait for the first response data of each attempt, or
 * {@code null} for the client's setting
 * @param headers extra headers sent with every request
 * @param apiVersion {@code Cartesia-Version} to send, or {@code null} for the client's setting
 * @param maxRetries retries after the first attempt (0 disables them), or {@code null} for the
 * configured retry policy
 * @author cartesia4j
 * @since 0.1.0
 */
public record RequestOptions(@Nullable Duration timeout, Map<String, String> headers, @Nullable String apiVersion,
		@Nullable Integer maxRetries) {

	/**
	 * Options that override nothing.
	 */
	public static final RequestOptions NONE = new RequestOptions(null, Map.of(), null, null);

	public RequestOptions {
		Assert.isTrue(timeout == null || (!timeout.isNegative() && !timeout.isZero()), "'timeout' must be positive");
		Assert.notNull(headers, "'headers' must not be null");
		Assert.isTrue(apiVersion == null || ApiVersion.isValid(apiVersion),
				() -> "'apiVersion' must be a date like 2025-11-04, got '" + apiVersion + "'");
		Assert.isTrue(maxRetries == null || maxRetries >= 0, "'maxRetries' must not be negative");
		headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
	}

	/**
	 * Start building options.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Combine these options with others; the other's values win, headers are merged.
	 * @param other the overriding options
	 * @return the combined options
	 */
	public RequestOptions merge(RequestOptions other) {
		Map<String, String> mergedHeaders = new LinkedHashMap<>(this.headers);
		mergedHeaders.putAll(other.headers);
		return new RequestOptions((other.timeout != null) ? other.timeout : this.timeout, mergedHeaders,
				(other.apiVersion != null) ? other.apiVersion : this.apiVersion,
				(other.maxRetries != null) ? other.maxRetries : this.maxRetries);
	}

	/**
	 * Builder for {@link RequestOptions}.
	 */
	public static final class Builder {

		private @Nullable Duration timeout;

		private final Map<String, String> headers = new LinkedHashMap<>();

		private @Nullable String apiVersion;

		private @Nullable Integer maxRetries;

		private Builder() {
		}

		/**
		 * Maximum time to wait for the first response data of each attempt.
		 * @param timeout the timeout
		 * @return this builder
		 */
		public Builder timeout(Duration timeout) {
			this.timeout = timeout;
			return this;
		}

		/**
		 * Add a header sent with every request.
		 * @param name the header name
		 * @param value the header value
		 * @return this builder
		 */
		public Builder header(String name, String value) {
			Assert.hasText(name, "'name' must not be empty");
			Assert.notNull(value, "'value' must not be null");
			this.headers.put(name, value);
			return this;
		}

		/**
		 * {@code Cartesia-Version} to send, for example {@code 2024-11-13} for legacy
		 * operations.
		 * @param apiVersion the version
		 * @return this builder
		 */
		public Builder apiVersion(String apiVersion) {
			this.apiVersion = apiVersion;
			return this;
		}

		/**
		 * Retries after the first attempt; 0 disables retries.
		 * @param maxRetries the retry count
		 * @return this builder
		 */
		public Builder maxRetries(int maxRetries) {
			this.maxRetries = maxRetries;
			return this;
		}

		/**
		 * Build the options.
		 * @return the options
		 */
		public RequestOptions build() {
			return new RequestOptions(this.timeout, this.headers, this.apiVersion, this.maxRetries);
		}

	}

}
