package io.github.cartesia4j.client.core;

import java.time.Duration;
import java.util.function.BiFunction;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;

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
	 * How long the end of a response may take to arrive after its final event before the
	 * connection is closed instead of reused.
	 */
	static final Duration DRAIN_TIME = Duration.ofSeconds(2);

	/**
	 * Parse frames until the final event. The end of the response after the final event is
	 * read and dropped, so that its connection can be reused, and the stream completes with
	 * the response (or {@link #DRAIN_TIME} after the final event, whichever comes first).
	 * @param <T> the event type
	 * @param frames the frames
	 * @param parser reads a frame's event name and data; {@code null} skips the frame
	 * @param isFinal whether an event ends the stream
	 * @param truncated the error message when the frames end before a final event
	 * @return the events, the final one last
	 */
	public static <T> Flux<T> untilFinal(Flux<SseEvent> frames,
			BiFunction<@Nullable String, String, @Nullable T> parser, Predicate<T> isFinal, String truncated) {
		Flux<T> events = frames.handle((frame, sink) -> {
			T event = parser.apply(frame.event(), frame.data());
			if (event != null) {
				sink.next(event);
			}
		});
		return new FinalEventThenDrain<>(events, isFinal, truncated, DRAIN_TIME, StreamTimer.shared());
	}

}
