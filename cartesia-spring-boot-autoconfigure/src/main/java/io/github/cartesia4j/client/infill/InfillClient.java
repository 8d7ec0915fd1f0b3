package io.github.cartesia4j.client.infill;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.cartesia4j.client.core.CartesiaHttp;
import io.github.cartesia4j.client.core.RequestOptions;

/**
 * Infill of the Cartesia API: speech generated to connect two existing clips
 * ({@code POST /infill/bytes}). Invalid requests fail with an {@link IllegalArgumentException}
 * before anything is sent; API failures arrive as {@code CartesiaException}s. Retries stop
 * once audio has reached the caller.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public interface InfillClient {

	/**
	 * Create a client.
	 * @param http the transport
	 * @return the client
	 */
	static InfillClient create(CartesiaHttp http) {
		return new DefaultInfillClient(http);
	}

	/**
	 * Generate the speech between the clips and stream the audio as it arrives
	 * ({@code POST /infill/bytes}). The clips are streamed from their sources as the request
	 * is written.
	 * @param request the request, must not be {@literal null}
	 * @return the audio chunks, in order, in the requested output format
	 * @see <a href="https://docs.cartesia.ai/api-reference/infill/bytes">Infill (Bytes)</a>
	 */
	Flux<byte[]> bytes(InfillRequest request);

	/**
	 * Generate the speech between the clips and collect the whole audio in memory.
	 * @param request the request, must not be {@literal null}
	 * @return the complete audio
	 */
	Mono<byte[]> bytesToArray(InfillRequest request);

	/**
	 * Return a copy of this client whose calls use the given options.
	 * @param options timeout, headers, API version and retry overrides
	 * @return the copy
	 */
	InfillClient withOptions(RequestOptions options);

}
