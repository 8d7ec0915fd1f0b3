package io.github.cartesia4j.client.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ClientHttpRequest;
import org.springframework.util.Assert;
import org.springframework.web.reactive.function.BodyInserter;

/**
 * One HTTP request of a resource client: method, path with encoded parameters, query, body
 * and accepted media type. Resource clients build these; {@link CartesiaHttp} sends them.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public final class CartesiaRequest {

	private final String resource;

	private final String operation;

	private final HttpMethod method;

	private final String pathAndQuery;

	private final byte @Nullable [] json;

	private final @Nullable BodyInserter<?, ? super ClientHttpRequest> body;

	private final @Nullable MediaType accept;

	private CartesiaRequest(Builder builder) {
		this.resource = builder.resource;
		this.operation = builder.operation;
		this.method = builder.method;
		this.pathAndQuery = builder.pathAndQuery();
		this.json = builder.json;
		this.body = builder.body;
		this.accept = builder.accept;
	}

	/**
	 * Start a request.
	 * @param resource the resource name, for example {@code tts}
	 * @param operation the operation name, for example {@code bytes}
	 * @param method the HTTP method
	 * @param path the path template, with {@code {}} for each path parameter
	 * @param pathParameters the path parameters, URL-encoded in order
	 * @return a builder
	 */
	public static Builder of(String resource, String operation, HttpMethod method, String path,
			String... pathParameters) {
		return new Builder(resource, operation, method, path, pathParameters);
	}

	String resource() {
		return this.resource;
	}

	String operation() {
		return this.operation;
	}

	HttpMethod method() {
		return this.method;
	}

	String pathAndQuery() {
		return this.pathAndQuery;
	}

	byte @Nullable [] json() {
		return this.json;
	}

	@Nullable BodyInserter<?, ? super ClientHttpRequest> body() {
		return this.body;
	}

	@Nullable MediaType accept() {
		return this.accept;
	}

	/**
	 * Builder for {@link CartesiaRequest}.
	 */
	public static final class Builder {

		private final String resource;

		private final String operation;

		private final HttpMethod method;

		private final String path;

		private final List<Map.Entry<String, String>> query = new ArrayList<>();

		private byte @Nullable [] json;

		private @Nullable BodyInserter<?, ? super ClientHttpRequest> body;

		private @Nullable MediaType accept;

		private Builder(String resource, String operation, HttpMethod method, String path, String[] parameters) {
			this.resource = resource;
			this.operation = operation;
			this.method = method;
			this.path = expand(path, parameters);
		}

		private static String expand(String template, String[] parameters) {
			StringBuilder expanded = new StringBuilder(template.length() + 32);
			int next = 0;
			int from = 0;
			int at;
			while ((at = template.indexOf("{}", from)) >= 0) {
				Assert.isTrue(next < parameters.length, () -> "Missing path parameter for " + template);
				expanded.append(template, from, at).append(UriEncoding.encode(parameters[next++]));
				from = at + 2;
			}
			Assert.isTrue(next == parameters.length, () -> "Too many path parameters for " + template);
			return expanded.append(template.substring(from)).toString();
		}

		/**
		 * Add a query parameter; {@code null} values are skipped.
		 * @param name the parameter name, sent as given (for example {@code expand[]})
		 * @param value the value, converted with {@code toString()}
		 * @return this builder
		 */
		public Builder query(String name, @Nullable Object value) {
			if (value != null) {
				this.query.add(Map.entry(name, value.toString()));
			}
			return this;
		}

		/**
		 * Add a query parameter once per value, in order.
		 * @param name the parameter name
		 * @param values the values; {@code null} adds nothing
		 * @return this builder
		 */
		public Builder queryEach(String name, @Nullable Iterable<?> values) {
			if (values != null) {
				values.forEach((value) -> query(name, value));
			}
			return this;
		}

		/**
		 * Send a JSON body, serialized once so that every attempt sends identical bytes.
		 * @param value the body
		 * @return this builder
		 */
		public Builder json(Object value) {
			this.json = CartesiaJson.write(value);
			return this;
		}

		/**
		 * Send another kind of body, for example multipart.
		 * @param body the body inserter; it must be able to write the same body more than once
		 * @return this builder
		 */
		public Builder body(BodyInserter<?, ? super ClientHttpRequest> body) {
			this.body = body;
			return this;
		}

		/**
		 * Set the {@code Accept} header.
		 * @param accept the accepted media type
		 * @return this builder
		 */
		public Builder accept(MediaType accept) {
			this.accept = accept;
			return this;
		}

		private String pathAndQuery() {
			if (this.query.isEmpty()) {
				return this.path;
			}
			StringBuilder uri = new StringBuilder(this.path).append('?');
			for (int i = 0; i < this.query.size(); i++) {
				Map.Entry<String, String> parameter = this.query.get(i);
				uri.append((i > 0) ? "&" : "")
					.append(UriEncoding.encode(parameter.getKey()))
					.append('=')
					.append(UriEncoding.encode(parameter.getValue()));
			}
			return uri.toString();
		}

		/**
		 * Build the request.
		 * @return the request
		 */
		public CartesiaRequest build() {
			return new CartesiaRequest(this);
		}

	}

}
