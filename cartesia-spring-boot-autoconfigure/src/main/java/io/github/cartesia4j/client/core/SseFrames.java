package io.github.cartesia4j.client.core;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Turns the frames of one SSE response into typed events that end with a final event. A
 * stream that ends before its final event is an error, never a shorter success.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public final class SseFrames {

	private SseFrames() {
	}

	/**
	 * Parse frames until the final event.
	 * @param <T> the event type
	 * @param frames the frames
	 * @param parser reads a frame's event name and data; {@code null} skips the frame
	 * @param isFinal whether an event ends the stream
	 * @param truncated the error message when the frames end before a final event
	 * @return the events, the final one last
	 */
	public static <T> Flux<T> untilFinal(Flux<SseEvent> frames,
			BiFunction<@Nullable String, String, @Nullable T> parser, Predicate<T> isFinal, String truncated) {
		AtomicBoolean ended = new AtomicBoolean();
		return frames.<T>handle((frame, sink) -> {
			T event = parser.apply(frame.event(), frame.data());
			if (event != null) {
				sink.next(event);
			}
		}).takeUntil(isFinal).doOnNext((event) -> {
			if (isFinal.test(event)) {
				ended.set(true);
			}
		}).concatWith(Mono.defer(() -> ended.get() ? Mono.empty()
				: Mono.error(new CartesiaDecodingException(truncated))));
	}

}
