package io.github.cartesia4j.client.voicechanger;

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
import io.github.cartesia4j.client.core.SseEvent;
import io.github.cartesia4j.client.core.SseFrames;

/**
 * Default {@link VoiceChangerClient}.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
final class DefaultVoiceChangerClient implements VoiceChangerClient {

	static final String RESOURCE = "voice-changer";

	private static final MediaType AUDIO_WAV = MediaType.parseMediaType("audio/wav");

	private final CartesiaHttp http;

	DefaultVoiceChangerClient(CartesiaHttp http) {
		this.http = http;
	}

	@Override
	public Flux<byte[]> bytes(VoiceChangerRequest request) {
		Arguments.requireNonNull(request, "request");
		return this.http.bytes(CartesiaRequest.of(RESOURCE, "bytes", HttpMethod.POST, "/voice-changer/bytes")
			.body(multipart(request).toBody())
			.accept(AUDIO_WAV)
			.build());
	}

	@Override
	public Mono<byte[]> bytesToArray(VoiceChangerRequest request) {
		return bytes(request).collect(ByteArrayOutputStream::new, ByteArrayOutputStream::writeBytes)
			.map(ByteArrayOutputStream::toByteArray);
	}

	@Override
	public Flux<VoiceChangerEvent> sse(VoiceChangerRequest request) {
		Arguments.requireNonNull(request, "request");
		return this.http.sse(CartesiaRequest.of(RESOURCE, "sse", HttpMethod.POST, "/voice-changer/sse")
			.body(multipart(request).toBody())
			.accept(MediaType.TEXT_EVENT_STREAM)
			.build(), DefaultVoiceChangerClient::toEvents);
	}

	@Override
	public VoiceChangerClient withOptions(RequestOptions options) {
		return new DefaultVoiceChangerClient(this.http.withOptions(options));
	}

	private static Multipart multipart(VoiceChangerRequest request) {
		Multipart multipart = new Multipart().file("clip", request.clip()).text("voice[id]", request.voiceId());
		return request.outputFormat().addTo(multipart);
	}

	static Flux<VoiceChangerEvent> toEvents(Flux<SseEvent> frames) {
		return SseFrames.untilFinal(frames, VoiceChangerEventParser::parse, (v) -> v instanceof VoiceChangerEvent.Done,
				"Voice changer SSE stream ended before its done frame");
	}

}
