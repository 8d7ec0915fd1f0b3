package io.github.cartesia4j.client.voices;

import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.cartesia4j.client.core.CartesiaHttp;
import io.github.cartesia4j.client.core.Page;
import io.github.cartesia4j.client.core.RequestOptions;

/**
 * Voices: list, get, update, delete, clone and localize of the Cartesia API, plus the legacy
 * create-from-embedding and mix operations.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public interface VoicesClient {

	/**
	 * Create a client.
	 * @param http the transport
	 * @return the client
	 */
	static VoicesClient create(CartesiaHttp http) {
		return new DefaultVoicesClient(http);
	}

	/**
	 * List one page of voices ({@code GET /voices}). On API 2024-06-10, which answers with a
	 * bare array, the page holds every voice and has no next page.
	 * @param request the page and filters, must not be {@code null}
	 * @return the page
	 * @see <a href="https://docs.cartesia.ai/api-reference/voices/list">List Voices</a>
	 */
	Mono<Page<Voice>> list(VoiceListRequest request);

	/**
	 * List the first page of voices with the API's default size.
	 * @return the page
	 * @see <a href="https://docs.cartesia.ai/api-reference/voices/list">List Voices</a>
	 */
	default Mono<Page<Voice>> list() {
		return list(VoiceListRequest.FIRST);
	}

	/**
	 * List every voice matching the filters, fetching the next page only when the subscriber
	 * wants more voices. It starts at the request's {@code starting_after}, if any.
	 * @param request the page size and filters, must not be {@code null}; must not set
	 * {@code ending_before}
	 * @return the voices, in order
	 * @see <a href="https://docs.cartesia.ai/api-reference/voices/list">List Voices</a>
	 */
	Flux<Voice> listAll(VoiceListRequest request);

	/**
	 * List every voice, page by page on demand.
	 * @return the voices, in order
	 */
	default Flux<Voice> listAll() {
		return listAll(VoiceListRequest.FIRST);
	}

	/**
	 * Get a voice ({@code GET /voices/{id}}).
	 * @param id the voice id, must not be blank
	 * @return the voice; fails with {@code CartesiaNotFoundException} for an unknown id
	 * @see <a href="https://docs.cartesia.ai/api-reference/voices/get">Get Voice</a>
	 */
	Mono<Voice> get(String id);

	/**
	 * Get a voice with extra fields ({@code GET /voices/{id}?expand[]=...}).
	 * @param id the voice id, must not be blank
	 * @param expand the extra fields, see {@link VoiceExpand}
	 * @return the voice
	 * @see <a href="https://docs.cartesia.ai/api-reference/voices/get">Get Voice</a>
	 */
	Mono<Voice> get(String id, List<String> expand);

	/**
	 * Update a voice the caller owns ({@code PATCH /voices/{id}}).
	 * @param id the voice id, must not be blank
	 * @param update the changes, must not be {@code null}
	 * @return the updated voice
	 * @see <a href="https://docs.cartesia.ai/api-reference/voices/update">Update Voice</a>
	 */
	Mono<Voice> update(String id, VoiceUpdate update);

	/**
	 * Delete a voice the caller owns ({@code DELETE /voices/{id}}).
	 * @param id the voice id, must not be blank
	 * @return completes once deleted
	 * @see <a href="https://docs.cartesia.ai/api-reference/voices/delete">Delete Voice</a>
	 */
	Mono<Void> delete(String id);

	/**
	 * Clone a voice from an audio clip ({@code POST /voices/clone}, multipart).
	 * @param request the clip and the new voice's details, must not be {@code null}
	 * @return the new voice
	 * @see <a href="https://docs.cartesia.ai/api-reference/voices/clone">Clone Voice</a>
	 */
	Mono<VoiceMetadata> clone(VoiceCloneRequest request);

	/**
	 * Create a voice from an existing one in another language ({@code POST /voices/localize}).
	 * @param request the source voice and target language, must not be {@code null}
	 * @return the new voice
	 * @see <a href="https://docs.cartesia.ai/api-reference/voices/localize">Localize Voice</a>
	 */
	Mono<VoiceMetadata> localize(VoiceLocalizeRequest request);

	/**
	 * Localize an embedding to another language, the legacy form of
	 * {@code POST /voices/localize}. Available on API versions up to 2024-11-13: call through
	 * {@code withOptions(RequestOptions.builder().apiVersion("2024-06-10").build())}.
	 * @param request the embedding and target language, must not be {@code null}
	 * @return the localized embedding
	 */
	Mono<EmbeddingResponse> localizeEmbedding(EmbeddingLocalizeRequest request);

	/**
	 * Create a voice from an embedding ({@code POST /voices/}). Available on API versions up to
	 * 2024-11-13: call through
	 * {@code withOptions(RequestOptions.builder().apiVersion("2024-11-13").build())}.
	 * @param request the name, description and embedding, must not be {@code null}
	 * @return the new voice
	 */
	Mono<Voice> create(VoiceCreateRequest request);

	/**
	 * Mix voices into a new embedding ({@code POST /voices/mix}). Available on API versions up
	 * to 2024-11-13: call through
	 * {@code withOptions(RequestOptions.builder().apiVersion("2024-11-13").build())}.
	 * @param request the voices and their weights, must not be {@code null}
	 * @return the mixed embedding, usable with {@link #create(VoiceCreateRequest) create}
	 */
	Mono<EmbeddingResponse> mix(VoiceMixRequest request);

	/**
	 * Return a copy of this client whose calls use the given options.
	 * @param options timeout, headers, API version and retry overrides
	 * @return the copy
	 */
	VoicesClient withOptions(RequestOptions options);

}
