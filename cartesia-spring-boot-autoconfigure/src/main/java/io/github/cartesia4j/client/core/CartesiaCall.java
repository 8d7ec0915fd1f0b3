package io.github.cartesia4j.client.core;

/**
 * Describes one logical call for a {@link CartesiaCallDecorator}: which resource and
 * operation, and the options in force.
 *
 * @param resource the resource name, for example {@code tts}; resilience instances are named
 * {@code cartesia-<resource>}
 * @param operation the operation name, for example {@code bytes}
 * @param options the options in force for the call
 * @author cartesia4j
 * @since 0.1.0
 */
public record CartesiaCall(String resource, String operation, RequestOptions options) {

}
