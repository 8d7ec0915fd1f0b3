package io.github.cartesia4j.client.core;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;

import org.springframework.http.HttpHeaders;

/**
 * A successful response whose headers have arrived and whose body streams as it is
 * received. Subscribe to {@link #body()} once.
 *
 * @param statusCode the HTTP status
 * @param headers the response headers
 * @param body the body chunks, in order
 * @author cartesia4j
 * @since 0.1.0
 */
public record StreamedResponse(int statusCode, HttpHeaders headers, Flux<byte[]> body) {

	/**
	 * Return the first value of a header.
	 * @param name the header name, case-insensitive
	 * @return the value or {@code null}
	 */
	public @Nullable String header(String name) {
		return this.headers.getFirst(name);
	}

}
