package io.github.cartesia4j.client.tts;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One generation on a {@link TtsWebSocket}: push the transcript in pieces, flush, end the
 * input or cancel, and read the audio from {@link #events()}. Every method returns a lazy
 * publisher: nothing happens until it is subscribed, and messages are written in the order
 * their publishers are subscribed. Frames are buffered for the context without bound until
 * they are consumed, so a slow consumer never loses or reorders audio.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public interface TtsContext {

	/**
	 * Return the id of this context, sent as {@code context_id}.
	 * @return the id
	 */
	String contextId();

	/**
	 * Send a transcript piece with more to follow ({@code continue: true}). Pieces are joined
	 * as they are, so include the spaces between words. An empty piece sends nothing.
	 * @param transcript the piece
	 * @return completes once the message is written; fails if the input has ended or the
	 * context has ended
	 */
	Mono<Void> send(String transcript);

	/**
	 * Ask for the audio of everything sent so far, as a message of its own
	 * ({@code transcript: "", continue: true, flush: true}). That audio carries the next
	 * {@code flush_id} (1, 2, ...), and a {@link TtsEvent.FlushDone} with that id follows it.
	 * @return completes once the message is written
	 */
	Mono<Void> flush();

	/**
	 * End the input ({@code transcript: "", continue: false}); {@link #events()} completes
	 * after the remaining audio and {@link TtsEvent.Done}. A context that never sent anything
	 * completes at once without contacting the API.
	 * @return completes once the message is written
	 */
	Mono<Void> end();

	/**
	 * Cancel the context ({@code {"context_id": ..., "cancel": true}}): no more events arrive
	 * and {@link #events()} completes. Does nothing once the context has ended.
	 * @return completes once the message is written
	 */
	Mono<Void> cancel();

	/**
	 * Return the events of this context: audio chunks, timestamps, flush completions, then
	 * {@link TtsEvent.Done}, after which the stream completes. An {@code error} frame for the
	 * context fails it with a {@code CartesiaStreamException}; a broken connection with a
	 * {@code CartesiaStreamInterruptedException}; a refused connection with the typed API
	 * exception. Subscribe once; cancelling the subscription cancels the context.
	 * @return the events, in order
	 */
	Flux<TtsEvent> events();

}
