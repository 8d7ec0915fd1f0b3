package io.github.cartesia4j.client.finetunes;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;

import io.github.cartesia4j.client.core.Arguments;
import io.github.cartesia4j.client.core.CartesiaHttp;
import io.github.cartesia4j.client.core.CartesiaRequest;
import io.github.cartesia4j.client.core.Page;
import io.github.cartesia4j.client.core.PageRequest;
import io.github.cartesia4j.client.core.Paginator;
import io.github.cartesia4j.client.core.RequestOptions;

/**
 * Default {@link FineTunesClient}.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
final class DefaultFineTunesClient implements FineTunesClient {

	static final String RESOURCE = "fine-tunes";

	private final CartesiaHttp http;

	DefaultFineTunesClient(CartesiaHttp http) {
		this.http = http;
	}

	@Override
	public Mono<Page<FineTune>> list(PageRequest request) {
		Arguments.requireNonNull(request, "request");
		CartesiaRequest.Builder list = CartesiaRequest.of(RESOURCE, "list", HttpMethod.GET, "/fine-tunes/");
		return this.http.json(request.applyTo(list).build(), Page.type(FineTune.class));
	}

	@Override
	public Flux<FineTune> listAll(PageRequest request) {
		requireForwards(request);
		return Paginator.follow((cursor) -> list((cursor != null) ? request.after(cursor) : request), FineTune::id);
	}

	@Override
	public Mono<FineTune> create(FineTuneRequest request) {
		Arguments.requireNonNull(request, "request");
		return this.http.json(
				CartesiaRequest.of(RESOURCE, "create", HttpMethod.POST, "/fine-tunes/").json(request).build(),
				FineTune.class);
	}

	@Override
	public Mono<FineTune> get(String id) {
		Arguments.requireText(id, "id");
		return this.http.json(CartesiaRequest.of(RESOURCE, "get", HttpMethod.GET, "/fine-tunes/{}", id).build(),
				FineTune.class);
	}

	@Override
	public Mono<Void> delete(String id) {
		Arguments.requireText(id, "id");
		return this.http
			.noContent(CartesiaRequest.of(RESOURCE, "delete", HttpMethod.DELETE, "/fine-tunes/{}", id).build());
	}

	@Override
	public Mono<Page<FineTuneVoice>> listVoices(String id, PageRequest request) {
		Arguments.requireText(id, "id");
		Arguments.requireNonNull(request, "request");
		CartesiaRequest.Builder list = CartesiaRequest.of(RESOURCE, "list_voices", HttpMethod.GET,
				"/fine-tunes/{}/voices", id);
		return this.http.json(request.applyTo(list).build(), Page.type(FineTuneVoice.class));
	}

	@Override
	public Flux<FineTuneVoice> listAllVoices(String id, PageRequest request) {
		Arguments.requireText(id, "id");
		requireForwards(request);
		return Paginator.follow((cursor) -> listVoices(id, (cursor != null) ? request.after(cursor) : request),
				FineTuneVoice::id);
	}

	@Override
	public FineTunesClient withOptions(RequestOptions options) {
		return new DefaultFineTunesClient(this.http.withOptions(options));
	}

	private static void requireForwards(PageRequest request) {
		Arguments.requireNonNull(request, "request");
		if (request.endingBefore() != null) {
			throw new IllegalArgumentException(
					"'ending_before' cannot be followed forwards: use listVoices or list to page backwards");
		}
	}

}
