package io.github.cartesia4j.client.core;

import java.time.Duration;

import org.springframework.util.Assert;

/**
 * Connection-level settings shared by every resource client of one {@code CartesiaClient}.
 *
 * @param baseUrl base URL without a trailing slash, for example {@code https://api.cartesia.ai}
 * @param credentials the API key or access token
 * @param apiVersion the {@code Cartesia-Version} sent by default
 * @param userAgent the {@code User-Agent} header
 * @param firstByteTimeout maximum time to wait for the first response data of an attempt
 * @param chunkTimeout maximum time between two chunks of a streamed body while the caller is
 * waiting for more
 * @author cartesia4j
 * @since 0.1.0
 */
public record HttpSettings(String baseUrl, Credentials credentials, String apiVersion, String userAgent,
		Duration firstByteTimeout, Duration chunkTimeout) {

	public HttpSettings {
		Assert.hasText(baseUrl, "'baseUrl' must not be empty");
		Assert.notNull(credentials, "'credentials' must not be null");
		Assert.isTrue(ApiVersion.isValid(apiVersion), "'apiVersion' must be a date like 2025-11-04");
		Assert.isTrue(firstByteTimeout.toMillis() > 0, "'firstByteTimeout' must be positive");
		Assert.isTrue(chunkTimeout.toMillis() > 0, "'chunkTimeout' must be positive");
		baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

}
