package io.github.cartesia4j.client.pronunciationdicts;

import io.github.cartesia4j.client.core.CartesiaHttp;
import io.github.cartesia4j.client.core.RequestOptions;

/**
 * Default {@link PronunciationDictsClient}.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
final class DefaultPronunciationDictsClient implements PronunciationDictsClient {

	static final String RESOURCE = "pronunciation-dicts";

	private final CartesiaHttp http;

	DefaultPronunciationDictsClient(CartesiaHttp http) {
		this.http = http;
	}

	@Override
	public PronunciationDictsClient withOptions(RequestOptions options) {
		return new DefaultPronunciationDictsClient(this.http.withOptions(options));
	}

}
