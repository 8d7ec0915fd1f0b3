package io.github.cartesia4j.client.stt;

import reactor.core.publisher.Mono;

import io.github.cartesia4j.client.core.CartesiaHttp;
import io.github.cartesia4j.client.core.RequestOptions;

/**
 * Batch speech-to-text of the Cartesia API ({@code POST /stt}). Invalid requests fail with an
 * {@link IllegalArgumentException} before anything is sent; API failures arrive as
 * {@code CartesiaException}s.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public interface SttClient {

	/**
	 * Create a client.
	 * @param http the transport
	 * @return the client
	 */
	static SttClient create(CartesiaHttp http) {
		return new DefaultSttClient(http);
	}

	/**
	 * Transcribe an audio file ({@code POST /stt}). The file is streamed from its source as
	 * the request is written. The API answers once the whole file is transcribed, and the
	 * client's first-byte timeout covers the upload and that wait: for long recordings, call
	 * through {@code withOptions(RequestOptions.builder().timeout(...).build())}.
	 * @param request the request, must not be {@literal null}
	 * @return the transcription
	 * @see <a href="https://docs.cartesia.ai/api-reference/stt/transcribe">Speech-to-Text
	 * (Batch)</a>
	 */
	Mono<Transcription> transcribe(TranscriptionRequest request);

	/**
	 * Return a copy of this client whose calls use the given options.
	 * @param options timeout, headers, API version and retry overrides
	 * @return the copy
	 */
	SttClient withOptions(RequestOptions options);

}
