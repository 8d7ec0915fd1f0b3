package io.github.cartesia4j.test.simulator;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * A request received by the {@link CartesiaSimulator}.
 *
 * @param method the HTTP method, such as {@code POST}
 * @param path the raw path, without the query string
 * @param query the raw query string (without {@code ?}), or {@code null} if there is none
 * @param headers the headers, keyed case-insensitively
 * @param body the body, empty if there was none
 * @author cartesia4j
 * @since 0.1.0
 */
public record RecordedRequest(String method, String path, @Nullable String query, Map<String, List<String>> headers,
		byte[] body) {

	public RecordedRequest {
		Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		headers.forEach((name, values) -> copy.merge(name, List.copyOf(values),
				(first, second) -> Stream.concat(first.stream(), second.stream()).toList()));
		headers = Collections.unmodifiableMap(copy);
	}

	/**
	 * Return the first value of a header.
	 * @param name the header name, in any case
	 * @return the first value, or {@code null} if the header is absent
	 */
	public @Nullable String header(String name) {
		List<String> values = this.headers.get(name);
		return (values != null && !values.isEmpty()) ? values.get(0) : null;
	}

	/**
	 * Return every value of a header.
	 * @param name the header name, in any case
	 * @return the values, empty if the header is absent
	 */
	public List<String> headerValues(String name) {
		return this.headers.getOrDefault(name, List.of());
	}

	/**
	 * Return the body decoded as UTF-8.
	 * @return the body text
	 */
	public String bodyAsString() {
		return new String(this.body, StandardCharsets.UTF_8);
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return (other instanceof RecordedRequest that) && this.method.equals(that.method)
				&& this.path.equals(that.path) && Objects.equals(this.query, that.query)
				&& this.headers.equals(that.headers) && Arrays.equals(this.body, that.body);
	}

	@Override
	public int hashCode() {
		return 31 * Objects.hash(this.method, this.path, this.query, this.headers) + Arrays.hashCode(this.body);
	}

	@Override
	public String toString() {
		return this.method + " " + this.path + ((this.query != null) ? "?" + this.query : "") + " (" + this.body.length
				+ " bytes)";
	}

}
