package io.github.cartesia4j.client.pronunciationdicts;

import io.github.cartesia4j.client.core.CartesiaHttp;
import io.github.cartesia4j.client.core.RequestOptions;

/**
 * Pronunciation dictionaries of the Cartesia API.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public interface PronunciationDictsClient {

	/**
	 * Create a client.
	 * @param http the transport
	 * @return the client
	 */
	static PronunciationDictsClient create(CartesiaHttp http) {
		return new DefaultPronunciationDictsClient(http);
	}

	/**
	 * Return a copy of this client whose calls use the given options.
	 * @param options timeout, headers, API version and retry overrides
	 * @return the copy
	 */
	PronunciationDictsClient withOptions(RequestOptions options);

}
