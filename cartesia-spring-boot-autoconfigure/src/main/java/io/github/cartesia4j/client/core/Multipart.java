package io.github.cartesia4j.client.core;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.http.client.reactive.ClientHttpRequest;
import org.springframework.web.reactive.function.BodyInserter;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * Builds a {@code multipart/form-data} body with the API's flattened field names
 * ({@code output_format[container]}, {@code voice[id]}, {@code timestamp_granularities[]}).
 * Absent values are left out; files stream as they are read.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public final class Multipart {

	private final MultipartBodyBuilder builder = new MultipartBodyBuilder();

	/**
	 * Add a text field; {@code null} adds nothing.
	 * @param name the field name
	 * @param value the value, converted with {@code toString()}
	 * @return this body
	 */
	public Multipart text(String name, @Nullable Object value) {
		if (value != null) {
			this.builder.part(name, value.toString());
		}
		return this;
	}

	/**
	 * Add a text field once per value, for array fields such as
	 * {@code timestamp_granularities[]}.
	 * @param name the field name, brackets included
	 * @param values the values; {@code null} adds nothing
	 * @return this body
	 */
	public Multipart textEach(String name, @Nullable Iterable<?> values) {
		if (values != null) {
			values.forEach((value) -> text(name, value));
		}
		return this;
	}

	/**
	 * Add a file part; {@code null} adds nothing.
	 * @param name the field name
	 * @param file the file
	 * @return this body
	 */
	public Multipart file(String name, @Nullable FileInput file) {
		if (file == null) {
			return this;
		}
		if (file.resource() != null) {
			this.builder.part(name, file.resource()).filename(file.filename()).contentType(file.contentType());
		}
		else {
			this.builder
				.asyncPart(name, file.stream().map(DefaultDataBufferFactory.sharedInstance::wrap), DataBuffer.class)
				.filename(file.filename())
				.contentType(file.contentType());
		}
		return this;
	}

	/**
	 * Return the body. It can be written again by a retry.
	 * @return the body inserter
	 */
	public BodyInserter<?, ? super ClientHttpRequest> toBody() {
		return BodyInserters.fromMultipartData(this.builder.build());
	}

}
