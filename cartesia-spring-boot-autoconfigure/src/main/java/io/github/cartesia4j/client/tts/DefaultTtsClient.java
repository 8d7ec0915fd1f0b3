package io.github.cartesia4j.client.tts;

import java.util.function.Predicate;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import io.github.cartesia4j.client.core.Arguments;
import io.github.cartesia4j.client.core.CartesiaHttp;
import io.github.cartesia4j.client.core.CartesiaRequest;
import io.github.cartesia4j.client.core.Outcome;
import io.github.cartesia4j.client.core.RequestOptions;
import io.github.cartesia4j.client.core.SseEvent;
import io.github.cartesia4j.client.core.SseFrames;
import io.github.cartesia4j.client.core.WebSocketTransport;

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

	private final DefaultTtsWebSocket websocket;

	DefaultTtsClient(CartesiaHttp http, TtsDefaults defaults, TtsRecorder recorder) {
		this.http = http;
		this.defaults = defaults;
		this.recorder = recorder;
		this.websocket = new DefaultTtsWebSocket(WebSocketTransport.create(http), defaults, recorder);
	}

	@Override
	public Flux<byte[]> bytes(TtsRequest request) {
		TtsRequest resolved = resolve(request, false);
		return measured(resolved, "bytes", this.http.bytes(bytesRequest(resolved)), (chunk) -> true);
	}

	@Override
	public Flux<DataBuffer> bytesAsDataBuffers(TtsRequest request) {
		TtsRequest resolved = resolve(request, false);
		return measured(resolved, "bytes", this.http.dataBuffers(bytesRequest(resolved)), (chunk) -> true);
	}

	@Override
	public Mono<byte[]> bytesToArray(TtsRequest request) {
		return bytes(request).collectList().map(DefaultTtsClient::concat);
	}

	@Override
	public Mono<TtsAudioResponse> bytesWithResponse(TtsRequest request) {
		TtsRequest resolved = resolve(request, false);
		return Mono.defer(() -> {
			TtsMeasurement measurement = TtsMeasurement.start(this.recorder, resolved, "bytes");
			return this.http.streamed(bytesRequest(resolved))
				.doOnError((ex) -> measurement.stop(Outcome.of(ex)))
				.doOnCancel(() -> measurement.stop(Outcome.CANCELLED))
				.map((response) -> new TtsAudioResponse(response.header(HttpHeaders.CONTENT_TYPE),
						response.header("Cartesia-File-ID"), response.header("X-Request-Id"),
						measurement.track(response.body(), (chunk) -> true)));
		});
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
	public TtsWebSocket websocket() {
		return this.websocket;
	}

	@Override
	public Flux<TtsEvent> speak(Flux<String> textPieces, TtsContextSettings settings) {
		return this.websocket.speak(textPieces, settings);
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
		return SseFrames.untilFinal(frames, TtsEventParser::parse, (t) -> t instanceof TtsEvent.Done,
				"SSE stream ended before its done event");
	}

	private <T> Flux<T> measured(TtsRequest request, String transport, Flux<T> source, Predicate<T> isAudio) {
		return Flux.defer(() -> TtsMeasurement.start(this.recorder, request, transport).track(source, isAudio));
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
