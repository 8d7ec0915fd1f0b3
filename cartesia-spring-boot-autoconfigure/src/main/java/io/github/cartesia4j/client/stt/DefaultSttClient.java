package io.github.cartesia4j.client.stt;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;

import io.github.cartesia4j.client.core.Arguments;
import io.github.cartesia4j.client.core.CartesiaHttp;
import io.github.cartesia4j.client.core.CartesiaRequest;
import io.github.cartesia4j.client.core.Multipart;
import io.github.cartesia4j.client.core.RequestOptions;

/**
 * Default {@link SttClient}.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
final class DefaultSttClient implements SttClient {

	static final String RESOURCE = "stt";

	private final CartesiaHttp http;

	DefaultSttClient(CartesiaHttp http) {
		this.http = http;
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
	public SttClient withOptions(RequestOptions options) {
		return new DefaultSttClient(this.http.withOptions(options));
	}

}
