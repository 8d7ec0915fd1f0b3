package io.github.cartesia4j.client.infill;

import java.io.ByteArrayOutputStream;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import io.github.cartesia4j.client.core.Arguments;
import io.github.cartesia4j.client.core.CartesiaHttp;
import io.github.cartesia4j.client.core.CartesiaRequest;
import io.github.cartesia4j.client.core.Multipart;
import io.github.cartesia4j.client.core.RequestOptions;

/**
 * Default {@link InfillClient}.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
final class DefaultInfillClient implements InfillClient {

	static final String RESOURCE = "infill";

	private static final MediaType AUDIO_WAV = MediaType.parseMediaType("audio/wav");

	private final CartesiaHttp http;

	DefaultInfillClient(CartesiaHttp http) {
		this.http = http;
	}

	@Override
	public Flux<byte[]> bytes(InfillRequest request) {
		Arguments.requireNonNull(request, "request");
		Multipart multipart = new Multipart().file("left_audio", request.leftAudio())
			.file("right_audio", request.rightAudio())
			.text("model_id", request.modelId())
			.text("language", request.language())
			.text("transcript", request.transcript())
			.text("voice_id", request.voiceId());
		request.outputFormat().addTo(multipart);
		return this.http.bytes(CartesiaRequest.of(RESOURCE, "bytes", HttpMethod.POST, "/infill/bytes")
			.body(multipart.toBody())
			.accept(AUDIO_WAV)
			.build());
	}

	@Override
	public Mono<byte[]> bytesToArray(InfillRequest request) {
		return bytes(request).collect(ByteArrayOutputStream::new, ByteArrayOutputStream::writeBytes)
			.map(ByteArrayOutputStream::toByteArray);
	}

	@Override
	public InfillClient withOptions(RequestOptions options) {
		return new DefaultInfillClient(this.http.withOptions(options));
	}

}
