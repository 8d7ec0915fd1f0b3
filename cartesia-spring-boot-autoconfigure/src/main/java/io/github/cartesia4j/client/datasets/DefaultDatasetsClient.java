package io.github.cartesia4j.client.datasets;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;

import io.github.cartesia4j.client.core.Arguments;
import io.github.cartesia4j.client.core.CartesiaHttp;
import io.github.cartesia4j.client.core.CartesiaRequest;
import io.github.cartesia4j.client.core.FileInput;
import io.github.cartesia4j.client.core.Multipart;
import io.github.cartesia4j.client.core.Page;
import io.github.cartesia4j.client.core.PageRequest;
import io.github.cartesia4j.client.core.Paginator;
import io.github.cartesia4j.client.core.RequestOptions;

/**
 * Default {@link DatasetsClient}.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
final class DefaultDatasetsClient implements DatasetsClient {

	static final String RESOURCE = "datasets";

	private final CartesiaHttp http;

	DefaultDatasetsClient(CartesiaHttp http) {
		this.http = http;
	}

	@Override
	public Mono<Page<Dataset>> list(PageRequest request) {
		Arguments.requireNonNull(request, "request");
		CartesiaRequest.Builder list = CartesiaRequest.of(RESOURCE, "list", HttpMethod.GET, "/datasets/");
		return this.http.json(request.applyTo(list).build(), Page.type(Dataset.class));
	}

	@Override
	public Flux<Dataset> listAll(PageRequest request) {
		requireForwards(request);
		return Paginator.follow((cursor) -> list((cursor != null) ? request.after(cursor) : request), Dataset::id);
	}

	@Override
	public Mono<Dataset> create(DatasetRequest request) {
		Arguments.requireNonNull(request, "request");
		return this.http.json(
				CartesiaRequest.of(RESOURCE, "create", HttpMethod.POST, "/datasets/").json(request).build(),
				Dataset.class);
	}

	@Override
	public Mono<Dataset> get(String id) {
		Arguments.requireText(id, "id");
		return this.http.json(CartesiaRequest.of(RESOURCE, "get", HttpMethod.GET, "/datasets/{}", id).build(),
				Dataset.class);
	}

	@Override
	public Mono<Void> update(String id, DatasetRequest request) {
		Arguments.requireText(id, "id");
		Arguments.requireNonNull(request, "request");
		return this.http.noContent(
				CartesiaRequest.of(RESOURCE, "update", HttpMethod.PATCH, "/datasets/{}", id).json(request).build());
	}

	@Override
	public Mono<Void> delete(String id) {
		Arguments.requireText(id, "id");
		return this.http
			.noContent(CartesiaRequest.of(RESOURCE, "delete", HttpMethod.DELETE, "/datasets/{}", id).build());
	}

	@Override
	public Mono<Page<DatasetFile>> listFiles(String id, PageRequest request) {
		Arguments.requireText(id, "id");
		Arguments.requireNonNull(request, "request");
		CartesiaRequest.Builder list = CartesiaRequest.of(RESOURCE, "list_files", HttpMethod.GET, "/datasets/{}/files",
				id);
		return this.http.json(request.applyTo(list).build(), Page.type(DatasetFile.class));
	}

	@Override
	public Flux<DatasetFile> listAllFiles(String id, PageRequest request) {
		Arguments.requireText(id, "id");
		requireForwards(request);
		return Paginator.follow((cursor) -> listFiles(id, (cursor != null) ? request.after(cursor) : request),
				DatasetFile::id);
	}

	@Override
	public Mono<Void> uploadFile(String id, FileInput file, String purpose) {
		Arguments.requireText(id, "id");
		Arguments.requireNonNull(file, "file");
		Arguments.requireText(purpose, "purpose");
		Multipart multipart = new Multipart().file("file", file).text("purpose", purpose);
		return this.http
			.noContent(CartesiaRequest.of(RESOURCE, "upload_file", HttpMethod.POST, "/datasets/{}/files", id)
				.body(multipart.toBody())
				.build());
	}

	@Override
	public Mono<Void> deleteFile(String id, String fileId) {
		Arguments.requireText(id, "id");
		Arguments.requireText(fileId, "file_id");
		return this.http.noContent(
				CartesiaRequest.of(RESOURCE, "delete_file", HttpMethod.DELETE, "/datasets/{}/files/{}", id, fileId)
					.build());
	}

	@Override
	public DatasetsClient withOptions(RequestOptions options) {
		return new DefaultDatasetsClient(this.http.withOptions(options));
	}

	private static void requireForwards(PageRequest request) {
		Arguments.requireNonNull(request, "request");
		if (request.endingBefore() != null) {
			throw new IllegalArgumentException(
					"'ending_before' cannot be followed forwards: use list or listFiles to page backwards");
		}
	}

}
