package io.github.cartesia4j.client.pronunciationdicts;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.cartesia4j.client.core.CartesiaHttp;
import io.github.cartesia4j.client.core.Page;
import io.github.cartesia4j.client.core.PageRequest;
import io.github.cartesia4j.client.core.RequestOptions;

/**
 * Pronunciation dictionaries of the Cartesia API: mappings from text to the alias spoken
 * instead, applied to TTS requests through {@code pronunciation_dict_id}. Invalid arguments
 * fail with an {@link IllegalArgumentException} naming the field before anything is sent;
 * API failures arrive as {@code CartesiaException}s (an unknown id as
 * {@code CartesiaNotFoundException}).
 * <p>
 * {@link #pin(String)} and {@link #unpin(String)} exist on API version 2025-04-16 only. This
 * client does not switch versions by itself; call them through a copy that sends that
 * version:
 * <pre class="code">
 * PronunciationDictsClient v20250416 = cartesia.pronunciationDicts()
 *     .withOptions(RequestOptions.builder().apiVersion("2025-04-16").build());
 * v20250416.pin(dictId).block();
 * </pre>
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public interface PronunciationDictsClient {

	/**
	 * API version that serves {@link #pin(String)} and {@link #unpin(String)}.
	 */
	String PIN_API_VERSION = "2025-04-16";

	/**
	 * Create a client.
	 * @param http the transport
	 * @return the client
	 */
	static PronunciationDictsClient create(CartesiaHttp http) {
		return new DefaultPronunciationDictsClient(http);
	}

	/**
	 * List the first page of dictionaries with the API's default page size
	 * ({@code GET /pronunciation-dicts/}).
	 * @return the page
	 * @see <a href="https://docs.cartesia.ai/api-reference/pronunciation-dicts/list">List pronunciation
	 * dictionaries</a>
	 */
	Mono<Page<PronunciationDict>> list();

	/**
	 * List one page of dictionaries ({@code GET /pronunciation-dicts/}).
	 * @param request page size and cursor; must not be {@code null}
	 * @return the page
	 * @see <a href="https://docs.cartesia.ai/api-reference/pronunciation-dicts/list">List pronunciation
	 * dictionaries</a>
	 */
	Mono<Page<PronunciationDict>> list(PageRequest request);

	/**
	 * List every dictionary, fetching further pages only as the subscriber asks for more.
	 * @return the dictionaries, in the API's order
	 */
	Flux<PronunciationDict> listAll();

	/**
	 * List every dictionary from a starting point, fetching further pages only as the
	 * subscriber asks for more.
	 * @param request page size and the {@code starting_after} cursor, without
	 * {@code ending_before}; must not be {@code null}
	 * @return the dictionaries, in the API's order
	 */
	Flux<PronunciationDict> listAll(PageRequest request);

	/**
	 * Create a dictionary ({@code POST /pronunciation-dicts/}).
	 * @param request name and optional initial mappings; must not be {@code null}
	 * @return the new dictionary
	 * @see <a href="https://docs.cartesia.ai/api-reference/pronunciation-dicts/create">Create a pronunciation
	 * dictionary</a>
	 */
	Mono<PronunciationDict> create(PronunciationDictCreateRequest request);

	/**
	 * Read a dictionary ({@code GET /pronunciation-dicts/{id}}).
	 * @param id the dictionary id; must not be blank
	 * @return the dictionary
	 * @see <a href="https://docs.cartesia.ai/api-reference/pronunciation-dicts/get">Get a pronunciation
	 * dictionary</a>
	 */
	Mono<PronunciationDict> get(String id);

	/**
	 * Rename a dictionary and/or replace its mappings ({@code PATCH /pronunciation-dicts/{id}}).
	 * @param id the dictionary id; must not be blank
	 * @param request the changes; {@code items} replaces the whole list
	 * @return the updated dictionary
	 * @see <a href="https://docs.cartesia.ai/api-reference/pronunciation-dicts/update">Update a pronunciation
	 * dictionary</a>
	 */
	Mono<PronunciationDict> update(String id, PronunciationDictUpdateRequest request);

	/**
	 * Delete a dictionary ({@code DELETE /pronunciation-dicts/{id}}).
	 * @param id the dictionary id; must not be blank
	 * @return completes once deleted
	 * @see <a href="https://docs.cartesia.ai/api-reference/pronunciation-dicts/delete">Delete a pronunciation
	 * dictionary</a>
	 */
	Mono<Void> delete(String id);

	/**
	 * Pin a dictionary for the authenticated user ({@code POST /pronunciation-dicts/{id}/pin}).
	 * Available on API version 2025-04-16 only: call through
	 * {@code withOptions(RequestOptions.builder().apiVersion("2025-04-16").build())}; other
	 * versions answer 404.
	 * @param id the dictionary id; must not be blank
	 * @return completes once pinned, whether the API answered with an empty or a JSON body
	 */
	Mono<Void> pin(String id);

	/**
	 * Unpin a dictionary for the authenticated user
	 * ({@code POST /pronunciation-dicts/{id}/unpin}). Available on API version 2025-04-16
	 * only: call through
	 * {@code withOptions(RequestOptions.builder().apiVersion("2025-04-16").build())}; other
	 * versions answer 404.
	 * @param id the dictionary id; must not be blank
	 * @return completes once unpinned, whether the API answered with an empty or a JSON body
	 */
	Mono<Void> unpin(String id);

	/**
	 * Return a copy of this client whose calls use the given options.
	 * @param options timeout, headers, API version and retry overrides
	 * @return the copy
	 */
	PronunciationDictsClient withOptions(RequestOptions options);

}
