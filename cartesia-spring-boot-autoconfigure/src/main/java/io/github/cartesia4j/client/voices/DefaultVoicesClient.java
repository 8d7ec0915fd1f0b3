package io.github.cartesia4j.client.voices;

import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;

import io.github.cartesia4j.client.core.Arguments;
import io.github.cartesia4j.client.core.CartesiaHttp;
import io.github.cartesia4j.client.core.CartesiaRequest;
import io.github.cartesia4j.client.core.Page;
import io.github.cartesia4j.client.core.Paginator;
import io.github.cartesia4j.client.core.RequestOptions;

/**
 * Default {@link VoicesClient}.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
final class DefaultVoicesClient implements VoicesClient {

	static final String RESOURCE = "voices";

	private final CartesiaHttp http;

	DefaultVoicesClient(CartesiaHttp http) {
		this.http = http;
	}

	@Override
	public Mono<Page<Voice>> list(VoiceListRequest request) {
		Arguments.requireNonNull(request, "request");
		CartesiaRequest list = request.applyTo(CartesiaRequest.of(RESOURCE, "list", HttpMethod.GET, "/voices"))
			.build();
		return this.http.json(list, VoiceListBody.class).map(VoiceListBody::page);
	}

	@Override
	public Flux<Voice> listAll(VoiceListRequest request) {
		Arguments.requireNonNull(request, "request");
		if (request.endingBefore() != null) {
			throw new IllegalArgumentException("'ending_before' is not supported by listAll, which pages forward: "
					+ "use list to page backwards");
		}
		return Paginator.follow((cursor) -> list((cursor != null) ? request.after(cursor) : request), Voice::id);
	}

	@Override
	public Mono<Voice> get(String id) {
		return get(id, List.of());
	}

	@Override
	public Mono<Voice> get(String id, List<String> expand) {
		Arguments.requireText(id, "id");
		Arguments.requireNonNull(expand, "expand[]");
		expand.forEach((value) -> Arguments.requireText(value, "expand[]"));
		CartesiaRequest get = CartesiaRequest.of(RESOURCE, "get", HttpMethod.GET, "/voices/{}", id)
			.queryEach("expand[]", expand)
			.build();
		return this.http.json(get, Voice.class);
	}

	@Override
	public Mono<Voice> update(String id, VoiceUpdate update) {
		Arguments.requireText(id, "id");
		Arguments.requireNonNull(update, "update");
		return this.http.json(
				CartesiaRequest.of(RESOURCE, "update", HttpMethod.PATCH, "/voices/{}", id).json(update).build(),
				Voice.class);
	}

	@Override
	public Mono<Void> delete(String id) {
		Arguments.requireText(id, "id");
		return this.http.noContent(CartesiaRequest.of(RESOURCE, "delete", HttpMethod.DELETE, "/voices/{}", id).build());
	}

	@Override
	public Mono<VoiceMetadata> clone(VoiceCloneRequest request) {
		Arguments.requireNonNull(request, "request");
		return this.http.json(CartesiaRequest.of(RESOURCE, "clone", HttpMethod.POST, "/voices/clone")
			.body(request.toMultipart().toBody())
			.build(), VoiceMetadata.class);
	}

	@Override
	public Mono<VoiceMetadata> localize(VoiceLocalizeRequest request) {
		Arguments.requireNonNull(request, "request");
		return this.http.json(
				CartesiaRequest.of(RESOURCE, "localize", HttpMethod.POST, "/voices/localize").json(request).build(),
				VoiceMetadata.class);
	}

	@Override
	public Mono<EmbeddingResponse> localizeEmbedding(EmbeddingLocalizeRequest request) {
		Arguments.requireNonNull(request, "request");
		return this.http.json(
				CartesiaRequest.of(RESOURCE, "localize", HttpMethod.POST, "/voices/localize").json(request).build(),
				EmbeddingResponse.class);
	}

	@Override
	public Mono<Voice> create(VoiceCreateRequest request) {
		Arguments.requireNonNull(request, "request");
		return this.http.json(
				CartesiaRequest.of(RESOURCE, "create", HttpMethod.POST, "/voices/").json(request).build(),
				Voice.class);
	}

	@Override
	public Mono<EmbeddingResponse> mix(VoiceMixRequest request) {
		Arguments.requireNonNull(request, "request");
		return this.http.json(CartesiaRequest.of(RESOURCE, "mix", HttpMethod.POST, "/voices/mix").json(request).build(),
				EmbeddingResponse.class);
	}

	@Override
	public VoicesClient withOptions(RequestOptions options) {
		return new DefaultVoicesClient(this.http.withOptions(options));
	}

}
