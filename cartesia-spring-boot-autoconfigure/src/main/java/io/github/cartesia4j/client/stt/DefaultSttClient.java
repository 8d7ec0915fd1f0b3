package io.github.cartesia4j.client.stt;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;

import io.github.cartesia4j.client.core.Arguments;
import io.github.cartesia4j.client.core.CartesiaHttp;
import io.github.cartesia4j.client.core.CartesiaRequest;
import io.github.cartesia4j.client.core.Multipart;
import io.github.cartesia4j.client.core.RequestOptions;
import io.github.cartesia4j.client.core.WebSocketTransport;

/**
 * Default {@link SttClient}.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
final class DefaultSttClient implements SttClient {

	static final String RESOURCE = "stt";

	private final CartesiaHttp http;

	private final WebSocketTransport websockets;

	DefaultSttClient(CartesiaHttp http) {
		this.http = http;
		this.websockets = WebSocketTransport.create(http);
	}

	@Override
	public Mono<Transcription> transcribe(TranscriptionRequest request) {
		Arguments.requireNonNull(request, "request");
		Multipart multipart = new Multipart().file("file", request.file())
			.text("model", request.model())
			.text("language", request.language())
			.textEach("timestamp_granularities[]",
					request.timestampGranularities().stream().map(TimestampGranularity::value).toList());
		CartesiaRequest transcribe = CartesiaRequest.of(RESOURCE, "transcribe", HttpMethod.POST, "/stt")
			.query("encoding", (request.encoding() != null) ? request.encoding().value() : null)
			.query("sample_rate", request.sampleRate())
			.body(multipart.toBody())
			.build();
		return this.http.json(transcribe, Transcription.class);
	}

	@Override
	public Flux<SttEvent> stream(SttStreamOptions options, Flux<byte[]> audio) {
		Arguments.requireNonNull(audio, "audio");
		return streamInputs(options, audio.map(SttInput::audio));
	}

	@Override
	public Flux<SttEvent> streamInputs(SttStreamOptions options, Flux<SttInput> inputs) {
		Arguments.requireNonNull(options, "options");
		Arguments.requireNonNull(inputs, "inputs");
		return SttWebSocketCall.events(this.websockets, new SttStreamProtocol(this.websockets.apiVersion()),
				options.query(), inputs);
	}

	@Override
	public Flux<SttTurnEvent> streamTurns(SttTurnOptions options, Flux<byte[]> audio) {
		Arguments.requireNonNull(audio, "audio");
		return streamTurnInputs(options, audio.map(SttTurnInput::audio));
	}

	@Override
	public Flux<SttTurnEvent> streamTurnInputs(SttTurnOptions options, Flux<SttTurnInput> inputs) {
		Arguments.requireNonNull(options, "options");
		Arguments.requireNonNull(inputs, "inputs");
		return SttWebSocketCall.events(this.websockets, new SttTurnsProtocol(), options.query(), inputs);
	}

	@Override
	public SttClient withOptions(RequestOptions options) {
		return new DefaultSttClient(this.http.withOptions(options));
	}

}
