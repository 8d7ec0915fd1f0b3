package io.github.cartesia4j.client.core;

import org.jspecify.annotations.Nullable;

/**
 * One Server-Sent Events frame.
 *
 * @param event the {@code event:} name, or {@code null}
 * @param data the {@code data:} lines joined with newlines
 * @param id the {@code id:} value, or {@code null}
 * @author cartesia4j
 * @since 0.1.0
 */
public record SseEvent(@Nullable String event, String data, @Nullable String id) {

}
