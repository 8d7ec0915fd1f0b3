package io.github.cartesia4j.client.voicechanger;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.cartesia4j.client.core.CartesiaHttp;
import io.github.cartesia4j.client.core.RequestOptions;

/**
 * Voice changer of the Cartesia API: speech re-spoken with another voice, keeping its
 * intonation ({@code POST /voice-changer/bytes} and {@code POST /voice-changer/sse}). Invalid
 * requests fail with an {@link IllegalArgumentException} before anything is sent; API
 * failures arrive as {@code CartesiaException}s. Retries stop once audio has reached the
 * caller.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public interface VoiceChangerClient {

	/**
	 * Create a client.
	 * @param http the transport
	 * @return the client
	 */
	static VoiceChangerClient create(CartesiaHttp http) {
		return new DefaultVoiceChangerClient(http);
	}

	/**
	 * Change the voice of a clip and stream the audio as it arrives
	 * ({@code POST /voice-changer/bytes}). The clip is streamed from its source as the
	 * request is written.
	 * @param request the request, must not be {@literal null}
	 * @return the audio chunks, in order, in the requested output format
	 * @see <a href="https://docs.cartesia.ai/api-reference/voice-changer/bytes">Voice Changer
	 * (Bytes)</a>
	 */
	Flux<byte[]> bytes(VoiceChangerRequest request);

	/**
	 * Change the voice of a clip and collect the whole audio in memory.
	 * @param request the request, must not be {@literal null}
	 * @return the complete audio
	 */
	Mono<byte[]> bytesToArray(VoiceChangerRequest request);

	/**
	 * Change the voice of a clip and receive the audio as Server-Sent Events
	 * ({@code POST /voice-changer/sse}): {@link VoiceChangerEvent.Chunk}s, then
	 * {@link VoiceChangerEvent.Done}.
	 * @param request the request, must not be {@literal null}
	 * @return the events, in order; an error frame ends the stream with a
	 * {@code CartesiaStreamException}, and a stream that ends without its final frame with a
	 * {@code CartesiaDecodingException}
	 * @see <a href="https://docs.cartesia.ai/api-reference/voice-changer/sse">Voice Changer
	 * (SSE)</a>
	 */
	Flux<VoiceChangerEvent> sse(VoiceChangerRequest request);

	/**
	 * Return a copy of this client whose calls use the given options.
	 * @param options timeout, headers, API version and retry overrides
	 * @return the copy
	 */
	VoiceChangerClient withOptions(RequestOptions options);

}
