package io.github.cartesia4j.test.simulator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;

/**
 * One connection of the simulated TTS WebSocket: many contexts, whose frames are interleaved
 * round-robin, one frame per context in turn, and produced only as fast as the client reads
 * them. An invalid message gets an {@code error} frame for its context (which ends), and the
 * connection and the other contexts carry on. A cancelled context sends nothing more.
 *
 * @author cartesia4j
 */
final class TtsWebSocketSession {

	private final SimulatorSettings settings;

	private final @Nullable String apiVersion;

	private final Map<String, TtsWebSocketContext> contexts = new HashMap<>();

	private final ArrayDeque<TtsWebSocketContext> ready = new ArrayDeque<>();

	private final Set<TtsWebSocketContext> scheduled = new HashSet<>();

	private final Map<TtsWebSocketContext, Disposable> bufferTimers = new HashMap<>();

	private final ArrayDeque<String> errors = new ArrayDeque<>();

	private @Nullable FluxSink<String> sink;

	private boolean draining;

	private boolean again;

	private boolean closed;

	TtsWebSocketSession(SimulatorSettings settings, @Nullable String apiVersion) {
		this.settings = settings;
		this.apiVersion = apiVersion;
	}

	/**
	 * Return the frames to send, produced on demand.
	 * @return the frames
	 */
	Flux<String> frames() {
		return Flux.create((sink) -> {
			synchronized (this) {
				this.sink = sink;
			}
			sink.onRequest((count) -> drain());
			sink.onDispose(this::close);
		});
	}

	/**
	 * Handle a text message from the client.
	 * @param text the message
	 */
	synchronized void receive(String text) {
		if (this.closed) {
			return;
		}
		String contextId = null;
		try {
			JsonNode message = SimulatorJson.readObject(text.getBytes(StandardCharsets.UTF_8));
			contextId = TtsRequestParser.optionalString(message, "context_id", "context_id");
			if (TtsWebSocketRequest.flag(message, "cancel")) {
				cancel(contextId);
				return;
			}
			generate((contextId != null) ? contextId : SimulatorIds.resourceId(), message);
		}
		catch (SimulatorException ex) {
			fail(contextId, ex);
		}
		drain();
	}

	/**
	 * Handle a binary message, which the API does not accept.
	 */
	synchronized void receiveBinary() {
		fail(null, SimulatorErrors.badRequest("binary messages are not supported: send JSON text messages"));
		drain();
	}

	/**
	 * The client has gone: complete the frames.
	 */
	void complete() {
		FluxSink<String> current;
		synchronized (this) {
			current = this.sink;
		}
		close();
		if (current != null) {
			current.complete();
		}
	}

	private void generate(String contextId, JsonNode message) {
		TtsWebSocketRequest request = TtsWebSocketRequest.parse(message, this.apiVersion);
		TtsWebSocketContext context = this.contexts.get(contextId);
		if (context == null) {
			context = new TtsWebSocketContext(contextId, request, this.settings);
			this.contexts.put(contextId, context);
		}
		else if (context.inputEnded()) {
			throw SimulatorErrors.badRequest("context " + contextId + " was ended with continue false and takes no"
					+ " more input");
		}
		if (context.accept(request)) {
			startBufferTimer(context, request.maxBufferDelayMs());
		}
		schedule(context);
	}

	private void cancel(@Nullable String contextId) {
		if (contextId == null) {
			throw SimulatorErrors.badRequest("context_id is required to cancel a context");
		}
		remove(contextId);
	}

	private void fail(@Nullable String contextId, SimulatorException error) {
		this.errors.add(TtsWebSocketFrames.error(contextId, error));
		if (contextId != null) {
			remove(contextId);
		}
	}

	private void remove(String contextId) {
		TtsWebSocketContext context = this.contexts.remove(contextId);
		if (context != null) {
			context.stop();
			this.scheduled.remove(context);
			this.ready.remove(context);
			Disposable timer = this.bufferTimers.remove(context);
			if (timer != null) {
				timer.dispose();
			}
		}
	}

	private void schedule(TtsWebSocketContext context) {
		if (context.hasWork() && this.scheduled.add(context)) {
			this.ready.add(context);
		}
	}

	private void startBufferTimer(TtsWebSocketContext context, int delayMs) {
		if (!this.bufferTimers.containsKey(context)) {
			this.bufferTimers.put(context, Schedulers.parallel()
				.schedule(() -> bufferExpired(context), delayMs, TimeUnit.MILLISECONDS));
		}
	}

	private synchronized void bufferExpired(TtsWebSocketContext context) {
		this.bufferTimers.remove(context);
		if (!this.closed && this.contexts.get(context.id()) == context) {
			context.cutAtWhitespace();
			schedule(context);
			drain();
		}
	}

	private synchronized void wake(TtsWebSocketContext context) {
		if (this.closed || !this.scheduled.contains(context)) {
			return;
		}
		this.ready.add(context);
		drain();
	}

	private synchronized void drain() {
		if (this.draining) {
			this.again = true;
			return;
		}
		this.draining = true;
		try {
			do {
				this.again = false;
				FluxSink<String> out = this.sink;
				while (out != null && !this.closed && out.requestedFromDownstream() > 0) {
					String frame = this.errors.poll();
					if (frame == null) {
						frame = nextContextFrame();
					}
					if (frame == null) {
						break;
					}
					out.next(frame);
				}
			}
			while (this.again);
		}
		finally {
			this.draining = false;
		}
	}

	private @Nullable String nextContextFrame() {
		TtsWebSocketContext context;
		while ((context = this.ready.poll()) != null) {
			TtsWebSocketContext.Frame frame;
			try {
				frame = context.next();
			}
			catch (SimulatorException ex) {
				fail(context.id(), ex);
				return this.errors.poll();
			}
			if (frame == null) {
				this.scheduled.remove(context);
				continue;
			}
			if (context.finished()) {
				remove(context.id());
			}
			else if (frame.audio() && !this.settings.chunkDelay().isZero()) {
				TtsWebSocketContext paused = context;
				Schedulers.parallel()
					.schedule(() -> wake(paused), this.settings.chunkDelay().toNanos(), TimeUnit.NANOSECONDS);
			}
			else {
				this.ready.add(context);
			}
			return frame.text();
		}
		return null;
	}

	private synchronized void close() {
		this.closed = true;
		this.bufferTimers.values().forEach(Disposable::dispose);
		this.bufferTimers.clear();
		this.contexts.values().forEach(TtsWebSocketContext::stop);
		this.contexts.clear();
		this.ready.clear();
		this.scheduled.clear();
	}

}
