package io.github.cartesia4j.client.datasets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import io.github.cartesia4j.client.core.CartesiaBadRequestException;
import io.github.cartesia4j.client.core.CartesiaNotFoundException;
import io.github.cartesia4j.client.core.FileInput;
import io.github.cartesia4j.client.core.Page;
import io.github.cartesia4j.client.core.PageRequest;
import io.github.cartesia4j.test.simulator.CartesiaSimulator;
import io.github.cartesia4j.testing.TestClients;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link DatasetsClient} against the {@link CartesiaSimulator}: datasets and their files
 * kept between calls.
 */
class DatasetsSimulatorTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private CartesiaSimulator simulator;

	private DatasetsClient datasets;

	@BeforeEach
	void start() {
		this.simulator = CartesiaSimulator.start();
		this.datasets = TestClients.client(this.simulator.baseUrl()).datasets();
	}

	@AfterEach
	void stop() {
		this.simulator.close();
	}

	@Test
	void createListGetUpdateDeleteThenGetIsNotFound() {
		Dataset created = block(this.datasets.create(DatasetRequest.of("Podcast", "Two hosts, studio quality")));
		assertThat(created.id()).isNotBlank();
		assertThat(created.name()).isEqualTo("Podcast");
		assertThat(created.description()).isEqualTo("Two hosts, studio quality");
		assertThat(created.createdAt()).isNotBlank();
		assertThat(this.datasets.listAll().collectList().block(TIMEOUT)).contains(created);
		assertThat(block(this.datasets.get(created.id()))).isEqualTo(created);
		StepVerifier.create(this.datasets.update(created.id(), DatasetRequest.of("Podcast S2", "Season two")))
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(block(this.datasets.get(created.id()))).isEqualTo(
				new Dataset(created.id(), "Podcast S2", "Season two", created.createdAt()));
		StepVerifier.create(this.datasets.delete(created.id())).expectComplete().verify(TIMEOUT);
		StepVerifier.create(this.datasets.get(created.id()))
			.expectError(CartesiaNotFoundException.class)
			.verify(TIMEOUT);
		assertThat(this.datasets.listAll().map(Dataset::id).collectList().block(TIMEOUT))
			.doesNotContain(created.id());
	}

	@Test
	void uploadedFilesAreListedWithTheirNamesAndSizesAndCanBeRemoved(@TempDir Path directory) throws IOException {
		String id = block(this.datasets.create(DatasetRequest.of("Narration", ""))).id();
		Path recording = Files.write(directory.resolve("episode-1.wav"), DatasetFilesClientWireTests.wav(30_000));
		byte[] transcript = "Once upon a time".getBytes(StandardCharsets.UTF_8);
		StepVerifier.create(this.datasets.uploadFile(id, FileInput.of(recording))).expectComplete().verify(TIMEOUT);
		StepVerifier.create(this.datasets.uploadFile(id, FileInput.of(transcript, "episode-1.txt"), "fine_tune"))
			.expectComplete()
			.verify(TIMEOUT);
		List<DatasetFile> files = this.datasets.listAllFiles(id).collectList().block(TIMEOUT);
		assertThat(files).extracting(DatasetFile::filename).containsExactly("episode-1.wav", "episode-1.txt");
		assertThat(files).extracting(DatasetFile::size).containsExactly(30_000L, (long) transcript.length);
		assertThat(files).allSatisfy((file) -> assertThat(file.createdAt()).isNotBlank());
		Page<DatasetFile> first = block(this.datasets.listFiles(id, PageRequest.ofSize(1)));
		assertThat(first.data()).containsExactly(files.get(0));
		assertThat(first.hasMore()).isTrue();
		assertThat(this.datasets.listAllFiles(id, PageRequest.ofSize(1)).collectList().block(TIMEOUT))
			.isEqualTo(files);
		StepVerifier.create(this.datasets.deleteFile(id, files.get(0).id())).expectComplete().verify(TIMEOUT);
		assertThat(this.datasets.listAllFiles(id).collectList().block(TIMEOUT)).containsExactly(files.get(1));
		StepVerifier.create(this.datasets.deleteFile(id, files.get(0).id()))
			.expectError(CartesiaNotFoundException.class)
			.verify(TIMEOUT);
	}

	@Test
	void anEmptyStreamedFileIsRejectedNamingTheFile() {
		String id = block(this.datasets.create(DatasetRequest.of("Empty", ""))).id();
		StepVerifier.create(this.datasets.uploadFile(id, FileInput.of(Flux.<byte[]>empty(), "empty.wav")))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(CartesiaBadRequestException.class)
				.hasMessageContaining("file"))
			.verify(TIMEOUT);
		assertThat(this.datasets.listAllFiles(id).collectList().block(TIMEOUT)).isEmpty();
	}

	@Test
	void deletingADatasetDeletesItsFiles() {
		String id = block(this.datasets.create(DatasetRequest.of("Short-lived", "d"))).id();
		block(this.datasets.uploadFile(id, FileInput.of(new byte[] { 1, 2, 3 }, "a.wav")));
		StepVerifier.create(this.datasets.delete(id)).expectComplete().verify(TIMEOUT);
		StepVerifier.create(this.datasets.listFiles(id)).expectError(CartesiaNotFoundException.class).verify(TIMEOUT);
	}

	@Test
	void unknownDatasetsAreNotFoundEverywhere() {
		FileInput clip = FileInput.of(new byte[] { 1 }, "a.wav");
		List<Mono<?>> calls = List.of(this.datasets.get("missing"),
				this.datasets.update("missing", DatasetRequest.of("n", "d")), this.datasets.delete("missing"),
				this.datasets.listFiles("missing"), this.datasets.uploadFile("missing", clip),
				this.datasets.deleteFile("missing", "file"));
		for (Mono<?> call : calls) {
			StepVerifier.create(call).expectErrorSatisfies((ex) -> {
				assertThat(ex).isInstanceOf(CartesiaNotFoundException.class);
				assertThat(((CartesiaNotFoundException) ex).getRequestId()).isNotBlank();
			}).verify(TIMEOUT);
		}
	}

	@Test
	void theSimulatorStartsWithASeededDatasetAndItsFiles() {
		Dataset seeded = this.datasets.listAll()
			.filter((dataset) -> "Support call recordings".equals(dataset.name()))
			.blockFirst(TIMEOUT);
		assertThat(seeded).isNotNull();
		assertThat(this.datasets.listAllFiles(seeded.id()).map(DatasetFile::filename).collectList().block(TIMEOUT))
			.containsExactly("call-0001.wav", "call-0002.wav");
	}

	private static <T> T block(Mono<T> mono) {
		return mono.block(TIMEOUT);
	}

}
