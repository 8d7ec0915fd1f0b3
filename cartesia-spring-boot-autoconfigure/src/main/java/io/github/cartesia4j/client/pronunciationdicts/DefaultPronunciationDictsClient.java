package io.github.cartesia4j.client.pronunciationdicts;

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
 * Default {@link PronunciationDictsClient}.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
final class DefaultPronunciationDictsClient implements PronunciationDictsClient {

	static final String RESOURCE = "pronunciation-dicts";

	private static final String COLLECTION = "/pronunciation-dicts/";

	private static final String ITEM = "/pronunciation-dicts/{}";

	private final CartesiaHttp http;

	DefaultPronunciationDictsClient(CartesiaHttp http) {
		this.http = http;
	}

	@Override
	public Mono<Page<PronunciationDict>> list() {
		return list(PageRequest.FIRST);
	}

	@Override
	public Mono<Page<PronunciationDict>> list(PageRequest request) {
		Arguments.requireNonNull(request, "request");
		CartesiaRequest list = request.applyTo(CartesiaRequest.of(RESOURCE, "list", HttpMethod.GET, COLLECTION))
			.build();
		return this.http.json(list, Page.type(PronunciationDict.class));
	}

	@Override
	public Flux<PronunciationDict> listAll() {
		return listAll(PageRequest.FIRST);
	}

	@Override
	public Flux<PronunciationDict> listAll(PageRequest request) {
		Arguments.requireNonNull(request, "request");
		if (request.endingBefore() != null) {
			throw new IllegalArgumentException("'ending_before' is not supported when following pages forward");
		}
		return Paginator.follow((cursor) -> list((cursor != null) ? request.after(cursor) : request),
				PronunciationDict::id);
	}

	@Override
	public Mono<PronunciationDict> create(PronunciationDictCreateRequest request) {
		Arguments.requireNonNull(request, "request");
		return this.http.json(CartesiaRequest.of(RESOURCE, "create", HttpMethod.POST, COLLECTION).json(request).build(),
				PronunciationDict.class);
	}

	@Override
	public Mono<PronunciationDict> get(String id) {
		Arguments.requireText(id, "id");
		return this.http.json(CartesiaRequest.of(RESOURCE, "get", HttpMethod.GET, ITEM, id).build(),
				PronunciationDict.class);
	}

	@Override
	public Mono<PronunciationDict> update(String id, PronunciationDictUpdateRequest request) {
		Arguments.requireText(id, "id");
		Arguments.requireNonNull(request, "request");
		return this.http.json(CartesiaRequest.of(RESOURCE, "update", HttpMethod.PATCH, ITEM, id).json(request).build(),
				PronunciationDict.class);
	}

	@Override
	public Mono<Void> delete(String id) {
		Arguments.requireText(id, "id");
		return this.http.noContent(CartesiaRequest.of(RESOURCE, "delete", HttpMethod.DELETE, ITEM, id).build());
	}

	@Override
	public Mono<Void> pin(String id) {
		Arguments.requireText(id, "id");
		return this.http.noContent(CartesiaRequest.of(RESOURCE, "pin", HttpMethod.POST, ITEM + "/pin", id).build());
	}

	@Override
	public Mono<Void> unpin(String id) {
		Arguments.requireText(id, "id");
		return this.http
			.noContent(CartesiaRequest.of(RESOURCE, "unpin", HttpMethod.POST, ITEM + "/unpin", id).build());
	}

	@Override
	public PronunciationDictsClient withOptions(RequestOptions options) {
		return new DefaultPronunciationDictsClient(this.http.withOptions(options));
	}

}
