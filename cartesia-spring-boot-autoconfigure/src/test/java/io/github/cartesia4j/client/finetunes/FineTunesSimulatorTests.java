package io.github.cartesia4j.client.finetunes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import io.github.cartesia4j.client.CartesiaClient;
import io.github.cartesia4j.client.core.CartesiaBadRequestException;
import io.github.cartesia4j.client.core.CartesiaNotFoundException;
import io.github.cartesia4j.client.core.FileInput;
import io.github.cartesia4j.client.core.Page;
import io.github.cartesia4j.client.core.PageRequest;
import io.github.cartesia4j.client.core.RequestOptions;
import io.github.cartesia4j.client.datasets.Dataset;
import io.github.cartesia4j.client.datasets.DatasetFile;
import io.github.cartesia4j.client.datasets.DatasetRequest;
import io.github.cartesia4j.client.datasets.DatasetsClient;
import io.github.cartesia4j.test.simulator.CartesiaSimulator;
import io.github.cartesia4j.testing.TestClients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@link FineTunesClient} and {@link DatasetsClient} against the {@link CartesiaSimulator}:
 * from a dataset file on disk to the voices of a completed fine-tune.
 */
class FineTunesSimulatorTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private CartesiaSimulator simulator;

	private DatasetsClient datasets;

	private FineTunesClient fineTunes;

	@BeforeEach
	void start() {
		this.simulator = CartesiaSimulator.start();
		CartesiaClient client = TestClients.client(this.simulator.baseUrl());
		this.datasets = client.datasets();
		this.fineTunes = client.fineTunes();
	}

	@AfterEach
	void stop() {
		this.simulator.close();
	}

	@Test
	void fromADatasetFileOnDiskToTheVoicesOfACompletedFineTune(@TempDir Path directory) throws IOException {
		Dataset dataset = block(this.datasets.create(DatasetRequest.of("Narrator", "Audiobook chapters")));
		Path chapter = directory.resolve("chapter-01.wav");
		Files.write(chapter, new byte[64 * 1024]);
		StepVerifier.create(this.datasets.uploadFile(dataset.id(), FileInput.of(chapter)))
			.expectComplete()
			.verify(TIMEOUT);
		List<DatasetFile> files = this.datasets.listAllFiles(dataset.id()).collectList().block(TIMEOUT);
		assertThat(files).singleElement().satisfies((file) -> {
			assertThat(file.filename()).isEqualTo("chapter-01.wav");
			assertThat(file.size()).isEqualTo(64 * 1024L);
		});

		FineTune created = block(this.fineTunes.create(request(dataset.id())));
		assertThat(created.status()).isEqualTo(FineTuneStatus.CREATED);
		assertThat(created).extracting(FineTune::name, FineTune::language, FineTune::modelId, FineTune::dataset)
			.containsExactly("Narrator voice", "en", FineTuneRequest.SONIC_3_BASE_MODEL, dataset.id());
		assertThat(block(this.fineTunes.listVoices(created.id())).data()).isEmpty();

		List<FineTuneStatus> seen = new ArrayList<>();
		await().atMost(TIMEOUT).until(() -> {
			FineTuneStatus status = block(this.fineTunes.get(created.id())).status();
			seen.add(status);
			return status.isTerminal();
		});
		assertThat(seen).containsExactly(FineTuneStatus.TRAINING, FineTuneStatus.COMPLETED);
		assertThat(this.fineTunes.listAll().map(FineTune::id).collectList().block(TIMEOUT)).contains(created.id());

		List<FineTuneVoice> voices = this.fineTunes.listAllVoices(created.id()).collectList().block(TIMEOUT);
		assertThat(voices).hasSize(2).allSatisfy((voice) -> {
			assertThat(voice.id()).isNotBlank();
			assertThat(voice.name()).startsWith("Narrator voice");
			assertThat(voice.language()).isEqualTo("en");
			assertThat(voice.isOwner()).isTrue();
			assertThat(voice.isPublic()).isFalse();
			assertThat(voice.locales()).extracting("locale").containsExactly("en-US");
		});
		Page<FineTuneVoice> firstVoice = block(this.fineTunes.listVoices(created.id(), PageRequest.ofSize(1)));
		assertThat(firstVoice.data()).containsExactly(voices.get(0));
		assertThat(firstVoice.hasMore()).isTrue();
		assertThat(this.fineTunes.listAllVoices(created.id(), PageRequest.ofSize(1)).collectList().block(TIMEOUT))
			.isEqualTo(voices);

		StepVerifier.create(this.fineTunes.delete(created.id())).expectComplete().verify(TIMEOUT);
		StepVerifier.create(this.fineTunes.get(created.id()))
			.expectError(CartesiaNotFoundException.class)
			.verify(TIMEOUT);
		StepVerifier.create(this.fineTunes.listVoices(created.id()))
			.expectError(CartesiaNotFoundException.class)
			.verify(TIMEOUT);
		StepVerifier.create(this.datasets.deleteFile(dataset.id(), files.get(0).id()))
			.expectComplete()
			.verify(TIMEOUT);
		StepVerifier.create(this.datasets.delete(dataset.id())).expectComplete().verify(TIMEOUT);
		StepVerifier.create(this.datasets.get(dataset.id()))
			.expectError(CartesiaNotFoundException.class)
			.verify(TIMEOUT);
	}

	@Test
	void aFineTuneOfADatasetWithoutFilesFailsAndHasNoVoices() {
		Dataset dataset = block(this.datasets.create(DatasetRequest.of("Nothing yet", "")));
		FineTune created = block(this.fineTunes.create(request(dataset.id())));
		await().atMost(TIMEOUT).until(() -> block(this.fineTunes.get(created.id())).isTerminal());
		assertThat(block(this.fineTunes.get(created.id())).status()).isEqualTo(FineTuneStatus.FAILED);
		assertThat(this.fineTunes.listAllVoices(created.id()).collectList().block(TIMEOUT)).isEmpty();
	}

	@Test
	void creatingAFineTuneOfAnUnknownDatasetIsABadRequestNamingTheDataset() {
		StepVerifier.create(this.fineTunes.create(request("no-such-dataset"))).expectErrorSatisfies((ex) -> {
			assertThat(ex).isInstanceOf(CartesiaBadRequestException.class);
			assertThat(((CartesiaBadRequestException) ex).getApiMessage()).contains("dataset")
				.contains("no-such-dataset");
		}).verify(TIMEOUT);
	}

	@Test
	void theAccentIsKeptAndVoicesFollowTheRequestedApiVersion() {
		Dataset dataset = this.datasets.listAll()
			.filter((candidate) -> "Support call recordings".equals(candidate.name()))
			.blockFirst(TIMEOUT);
		FineTune created = block(
				this.fineTunes.create(request(dataset.id()).toBuilder().language("fr").accent("parisian").build()));
		assertThat(created.accent()).isEqualTo("parisian");
		await().atMost(TIMEOUT).until(() -> block(this.fineTunes.get(created.id())).isTerminal());
		FineTuneVoice current = block(this.fineTunes.listVoices(created.id())).data().get(0);
		assertThat(current.isPublic()).isFalse();
		assertThat(current.access()).isNull();
		assertThat(current.accent()).isEqualTo("parisian");
		assertThat(current.locales()).containsExactly(new FineTuneVoiceLocale("fr-FR", true));
		FineTunesClient newest = this.fineTunes.withOptions(RequestOptions.builder().apiVersion("2026-08-14").build());
		FineTuneVoice latest = block(newest.listVoices(created.id())).data().get(0);
		assertThat(latest.isPublic()).isNull();
		assertThat(latest.access()).isEqualTo("private");
		assertThat(latest.visibility()).isEqualTo("owner");
		assertThat(latest.tagline()).isEmpty();
	}

	@Test
	void theSimulatorStartsWithAFineTuneInTraining() {
		FineTune seeded = this.fineTunes.listAll()
			.filter((fineTune) -> fineTune.status() == FineTuneStatus.TRAINING)
			.blockFirst(TIMEOUT);
		assertThat(seeded).isNotNull();
		assertThat(block(this.fineTunes.get(seeded.id())).status()).isEqualTo(FineTuneStatus.COMPLETED);
		assertThat(this.fineTunes.listAllVoices(seeded.id()).collectList().block(TIMEOUT)).hasSize(2);
	}

	@Test
	void unknownFineTunesAreNotFound() {
		for (Mono<?> call : List.of(this.fineTunes.get("missing"), this.fineTunes.delete("missing"),
				this.fineTunes.listVoices("missing"))) {
			StepVerifier.create(call).expectError(CartesiaNotFoundException.class).verify(TIMEOUT);
		}
	}

	private static FineTuneRequest request(String dataset) {
		return FineTuneRequest.builder()
			.name("Narrator voice")
			.description("Calm audiobook narration")
			.language("en")
			.modelId(FineTuneRequest.SONIC_3_BASE_MODEL)
			.dataset(dataset)
			.build();
	}

	private static <T> T block(Mono<T> mono) {
		return mono.block(TIMEOUT);
	}

}
