package io.github.cartesia4j.client.datasets;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.cartesia4j.client.core.CartesiaHttp;
import io.github.cartesia4j.client.core.FileInput;
import io.github.cartesia4j.client.core.Page;
import io.github.cartesia4j.client.core.PageRequest;
import io.github.cartesia4j.client.core.RequestOptions;

/**
 * Datasets and their files of the Cartesia API: the training material of fine-tunes.
 * Invalid arguments fail with an {@link IllegalArgumentException} naming the field before
 * anything is sent; API failures arrive as {@code CartesiaException}s.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public interface DatasetsClient {

	/**
	 * The {@code purpose} of files used to fine-tune a model.
	 */
	String FINE_TUNE_PURPOSE = "fine_tune";

	/**
	 * Create a client.
	 * @param http the transport
	 * @return the client
	 */
	static DatasetsClient create(CartesiaHttp http) {
		return new DefaultDatasetsClient(http);
	}

	/**
	 * List one page of datasets ({@code GET /datasets/}).
	 * @param request the page size and cursor, must not be {@literal null}
	 * @return the page
	 * @see <a href="https://docs.cartesia.ai/api-reference/datasets/list">List Datasets</a>
	 */
	Mono<Page<Dataset>> list(PageRequest request);

	/**
	 * List the first page of datasets with the API's default size.
	 * @return the page
	 */
	default Mono<Page<Dataset>> list() {
		return list(PageRequest.FIRST);
	}

	/**
	 * List every dataset, requesting the next page only when the subscriber wants more.
	 * @param request the page size and where to start, must not be {@literal null} nor set
	 * {@code ending_before}
	 * @return the datasets, in the API's order
	 */
	Flux<Dataset> listAll(PageRequest request);

	/**
	 * List every dataset, page by page with the API's default size.
	 * @return the datasets, in the API's order
	 */
	default Flux<Dataset> listAll() {
		return listAll(PageRequest.FIRST);
	}

	/**
	 * Create a dataset ({@code POST /datasets/}).
	 * @param request the name and description, must not be {@literal null}
	 * @return the new dataset
	 * @see <a href="https://docs.cartesia.ai/api-reference/datasets/create">Create Dataset</a>
	 */
	Mono<Dataset> create(DatasetRequest request);

	/**
	 * Get a dataset ({@code GET /datasets/{id}}).
	 * @param id the dataset id, not blank
	 * @return the dataset; an unknown id fails with a {@code CartesiaNotFoundException}
	 * @see <a href="https://docs.cartesia.ai/api-reference/datasets/get">Get Dataset</a>
	 */
	Mono<Dataset> get(String id);

	/**
	 * Replace the name and description of a dataset ({@code PATCH /datasets/{id}}).
	 * @param id the dataset id, not blank
	 * @param request the new name and description, must not be {@literal null}
	 * @return completes once updated
	 * @see <a href="https://docs.cartesia.ai/api-reference/datasets/update">Update Dataset</a>
	 */
	Mono<Void> update(String id, DatasetRequest request);

	/**
	 * Delete a dataset ({@code DELETE /datasets/{id}}).
	 * @param id the dataset id, not blank
	 * @return completes once deleted
	 * @see <a href="https://docs.cartesia.ai/api-reference/datasets/delete">Delete Dataset</a>
	 */
	Mono<Void> delete(String id);

	/**
	 * List one page of the files of a dataset ({@code GET /datasets/{id}/files}).
	 * @param id the dataset id, not blank
	 * @param request the page size and cursor, must not be {@literal null}
	 * @return the page
	 * @see <a href="https://docs.cartesia.ai/api-reference/datasets/list-files">List Files</a>
	 */
	Mono<Page<DatasetFile>> listFiles(String id, PageRequest request);

	/**
	 * List the first page of the files of a dataset with the API's default size.
	 * @param id the dataset id, not blank
	 * @return the page
	 */
	default Mono<Page<DatasetFile>> listFiles(String id) {
		return listFiles(id, PageRequest.FIRST);
	}

	/**
	 * List every file of a dataset, requesting the next page only when the subscriber wants
	 * more.
	 * @param id the dataset id, not blank
	 * @param request the page size and where to start, must not be {@literal null} nor set
	 * {@code ending_before}
	 * @return the files, in the API's order
	 */
	Flux<DatasetFile> listAllFiles(String id, PageRequest request);

	/**
	 * List every file of a dataset, page by page with the API's default size.
	 * @param id the dataset id, not blank
	 * @return the files, in the API's order
	 */
	default Flux<DatasetFile> listAllFiles(String id) {
		return listAllFiles(id, PageRequest.FIRST);
	}

	/**
	 * Upload a file to a dataset ({@code POST /datasets/{id}/files}, multipart {@code file}
	 * and {@code purpose}). The file is streamed as it is read.
	 * @param id the dataset id, not blank
	 * @param file the file, must not be {@literal null}; to be retried, a stream must be
	 * replayable
	 * @param purpose what the file is for, such as {@value #FINE_TUNE_PURPOSE}; not blank
	 * @return completes once uploaded
	 * @see <a href="https://docs.cartesia.ai/api-reference/datasets/upload-file">Upload File</a>
	 */
	Mono<Void> uploadFile(String id, FileInput file, String purpose);

	/**
	 * Upload a file to fine-tune on ({@code purpose} {@value #FINE_TUNE_PURPOSE}).
	 * @param id the dataset id, not blank
	 * @param file the file, must not be {@literal null}
	 * @return completes once uploaded
	 */
	default Mono<Void> uploadFile(String id, FileInput file) {
		return uploadFile(id, file, FINE_TUNE_PURPOSE);
	}

	/**
	 * Remove a file from a dataset ({@code DELETE /datasets/{id}/files/{fileID}}).
	 * @param id the dataset id, not blank
	 * @param fileId the file id, not blank
	 * @return completes once removed
	 * @see <a href="https://docs.cartesia.ai/api-reference/datasets/delete-file">Delete File</a>
	 */
	Mono<Void> deleteFile(String id, String fileId);

	/**
	 * Return a copy of this client whose calls use the given options.
	 * @param options timeout, headers, API version and retry overrides
	 * @return the copy
	 */
	DatasetsClient withOptions(RequestOptions options);

}
