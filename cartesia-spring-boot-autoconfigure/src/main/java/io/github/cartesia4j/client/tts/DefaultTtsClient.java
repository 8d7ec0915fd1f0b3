package io.github.cartesia4j.client.tts;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import io.github.cartesia4j.client.core.Arguments;
import io.github.cartesia4j.client.core.CartesiaDecodingException;
import io.github.cartesia4j.client.core.CartesiaHttp;
import io.github.cartesia4j.client.core.CartesiaRequest;
import io.github.cartesia4j.client.core.Outcome;
import io.github.cartesia4j.client.core.RequestOptions;
import io.github.cartesia4j.client.core.SseEvent;

/**
 * Default {@link TtsClient} on {@link CartesiaHttp}.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
final class DefaultTtsClient implements TtsClient {

	private static final String RESOURCE = "tts";

	private static final MediaType AUDIO_WAV = MediaType.parseMediaType("audio/wav");

	private final CartesiaHttp http;

	private final TtsDefaults defaults;

	private final TtsRecorder recorder;

	DefaultTtsClient(CartesiaHttp http, TtsDefaults defaults, TtsRecorder recorder) {
		this.http = http;
		this.defaults = defaults;
		this.recorder = recorder;
	}

	@Override
	public Flux<byte[]> bytes(TtsRequest request) {
		TtsRequest resolved = resolve(request, false);
		return measured(resolved, "bytes", this.http.bytes(bytesRequest(resolved)), (chunk) -> true);
	}

	@Override
	public Mono<byte[]> bytesToArray(TtsRequest request) {
		return bytes(request).collectList().map(DefaultTtsClient::concat);
	}

	@Override
	public Mono<TtsAudioResponse> bytesWithResponse(TtsRequest request) {
		TtsRequest resolved = resolve(request, false);
		return this.http.streamed(bytesRequest(resolved))
			.map((response) -> new TtsAudioResponse(response.header(HttpHeaders.CONTENT_TYPE),
					response.header("Cartesia-File-ID"), response.header("X-Request-Id"),
					measured(resolved, "bytes", response.body(), (chunk) -> true)));
	}

	@Override
	public Flux<TtsEvent> sse(TtsRequest request) {
		TtsRequest resolved = resolve(request, true);
		CartesiaRequest sse = CartesiaRequest.of(RESOURCE, "sse", HttpMethod.POST, "/tts/sse")
			.json(resolved)
			.accept(MediaType.TEXT_EVENT_STREAM)
			.build();
		return measured(resolved, "sse", this.http.sse(sse, DefaultTtsClient::toEvents),
				(event) -> event instanceof TtsEvent.Chunk);
	}

	@Override
	public TtsClient withOptions(RequestOptions options) {
		return new DefaultTtsClient(this.http.withOptions(options), this.defaults, this.recorder);
	}

	private TtsRequest resolve(TtsRequest request, boolean rawOnly) {
		return this.defaults.apply(Arguments.requireNonNull(request, "request"), rawOnly);
	}

	private static CartesiaRequest bytesRequest(TtsRequest request) {
		return CartesiaRequest.of(RESOURCE, "bytes", HttpMethod.POST, "/tts/bytes")
			.json(request)
			.accept(AUDIO_WAV)
			.build();
	}

	static Flux<TtsEvent> toEvents(Flux<SseEvent> frames) {
		AtomicBoolean done = new AtomicBoolean();
		return frames.<TtsEvent>handle((frame, sink) -> {
			TtsEvent event = TtsEventParser.parse(frame.event(), frame.data());
			if (event != null) {
				sink.next(event);
			}
		}).takeUntil((event) -> event instanceof TtsEvent.Done).doOnNext((event) -> {
			if (event instanceof TtsEvent.Done) {
				done.set(true);
			}
		}).concatWith(Mono.defer(() -> done.get() ? Mono.empty()
				: Mono.error(new CartesiaDecodingException("SSE stream ended before its done event"))));
	}

	private <T> Flux<T> measured(TtsRequest request, String transport, Flux<T> source,
			Function<T, Boolean> isAudio) {
		return Flux.defer(() -> {
			TtsRecorder.Sample sample = this.recorder.start(new TtsRecorder.Generation(request.modelId(),
					request.outputFormat().container().value(), transport, request.transcript().length()));
			AtomicBoolean audio = new AtomicBoolean();
			AtomicBoolean stopped = new AtomicBoolean();
			// Stop before the terminal signal travels on, so a caller that saw the end also sees the timings.
			return source.doOnNext((item) -> {
				if (!audio.get() && isAudio.apply(item) && audio.compareAndSet(false, true)) {
					sample.firstAudio();
				}
			})
				.doOnComplete(() -> stop(sample, stopped, Outcome.SUCCESS))
				.doOnError((ex) -> stop(sample, stopped, Outcome.of(ex)))
				.doOnCancel(() -> stop(sample, stopped, Outcome.CANCELLED));
		});
	}

	private static void stop(TtsRecorder.Sample sample, AtomicBoolean stopped, String outcome) {
		if (stopped.compareAndSet(false, true)) {
			sample.stop(outcome);
		}
	}

	private static byte[] concat(java.util.List<byte[]> chunks) {
		int size = 0;
		for (byte[] chunk : chunks) {
			size += chunk.length;
		}
		byte[] all = new byte[size];
		int at = 0;
		for (byte[] chunk : chunks) {
			System.arraycopy(chunk, 0, all, at, chunk.length);
			at += chunk.length;
		}
		return all;
	}

}
