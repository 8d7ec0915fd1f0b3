package io.github.cartesia4j.client.finetunes;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.cartesia4j.client.core.CartesiaHttp;
import io.github.cartesia4j.client.core.Page;
import io.github.cartesia4j.client.core.PageRequest;
import io.github.cartesia4j.client.core.RequestOptions;

/**
 * Fine-tunes of the Cartesia API: train a base model on a dataset, then list the voices it
 * produced. Invalid arguments fail with an {@link IllegalArgumentException} naming the field
 * before anything is sent; API failures arrive as {@code CartesiaException}s.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public interface FineTunesClient {

	/**
	 * Create a client.
	 * @param http the transport
	 * @return the client
	 */
	static FineTunesClient create(CartesiaHttp http) {
		return new DefaultFineTunesClient(http);
	}

	/**
	 * List one page of fine-tunes ({@code GET /fine-tunes/}).
	 * @param request the page size and cursor, must not be {@literal null}
	 * @return the page
	 * @see <a href="https://docs.cartesia.ai/api-reference/fine-tunes/list">List Fine-tunes</a>
	 */
	Mono<Page<FineTune>> list(PageRequest request);

	/**
	 * List the first page of fine-tunes with the API's default size.
	 * @return the page
	 */
	default Mono<Page<FineTune>> list() {
		return list(PageRequest.FIRST);
	}

	/**
	 * List every fine-tune, requesting the next page only when the subscriber wants more.
	 * @param request the page size and where to start, must not be {@literal null} nor set
	 * {@code ending_before}
	 * @return the fine-tunes, in the API's order
	 */
	Flux<FineTune> listAll(PageRequest request);

	/**
	 * List every fine-tune, page by page with the API's default size.
	 * @return the fine-tunes, in the API's order
	 */
	default Flux<FineTune> listAll() {
		return listAll(PageRequest.FIRST);
	}

	/**
	 * Create a fine-tune and start training it ({@code POST /fine-tunes/}).
	 * @param request the fine-tune, must not be {@literal null}
	 * @return the new fine-tune, usually {@link FineTuneStatus#CREATED created}
	 * @see <a href="https://docs.cartesia.ai/api-reference/fine-tunes/create">Create Fine-tune</a>
	 */
	Mono<FineTune> create(FineTuneRequest request);

	/**
	 * Get a fine-tune ({@code GET /fine-tunes/{id}}), for example to poll its status.
	 * @param id the fine-tune id, not blank
	 * @return the fine-tune; an unknown id fails with a {@code CartesiaNotFoundException}
	 * @see <a href="https://docs.cartesia.ai/api-reference/fine-tunes/get">Get Fine-tune</a>
	 */
	Mono<FineTune> get(String id);

	/**
	 * Delete a fine-tune ({@code DELETE /fine-tunes/{id}}).
	 * @param id the fine-tune id, not blank
	 * @return completes once deleted
	 * @see <a href="https://docs.cartesia.ai/api-reference/fine-tunes/delete">Delete Fine-tune</a>
	 */
	Mono<Void> delete(String id);

	/**
	 * List one page of the voices a fine-tune produced ({@code GET /fine-tunes/{id}/voices}).
	 * @param id the fine-tune id, not blank
	 * @param request the page size and cursor, must not be {@literal null}
	 * @return the page
	 * @see <a href="https://docs.cartesia.ai/api-reference/fine-tunes/list-voices">List
	 * Fine-tune Voices</a>
	 */
	Mono<Page<FineTuneVoice>> listVoices(String id, PageRequest request);

	/**
	 * List the first page of the voices a fine-tune produced with the API's default size.
	 * @param id the fine-tune id, not blank
	 * @return the page
	 */
	default Mono<Page<FineTuneVoice>> listVoices(String id) {
		return listVoices(id, PageRequest.FIRST);
	}

	/**
	 * List every voice a fine-tune produced, requesting the next page only when the
	 * subscriber wants more.
	 * @param id the fine-tune id, not blank
	 * @param request the page size and where to start, must not be {@literal null} nor set
	 * {@code ending_before}
	 * @return the voices, in the API's order
	 */
	Flux<FineTuneVoice> listAllVoices(String id, PageRequest request);

	/**
	 * List every voice a fine-tune produced, page by page with the API's default size.
	 * @param id the fine-tune id, not blank
	 * @return the voices, in the API's order
	 */
	default Flux<FineTuneVoice> listAllVoices(String id) {
		return listAllVoices(id, PageRequest.FIRST);
	}

	/**
	 * Return a copy of this client whose calls use the given options.
	 * @param options timeout, headers, API version and retry overrides
	 * @return the copy
	 */
	FineTunesClient withOptions(RequestOptions options);

}
