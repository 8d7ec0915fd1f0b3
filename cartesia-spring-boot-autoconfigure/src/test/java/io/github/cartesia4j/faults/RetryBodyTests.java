package io.github.cartesia4j.faults;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import io.github.cartesia4j.client.CartesiaClient;
import io.github.cartesia4j.client.core.FileInput;
import io.github.cartesia4j.client.datasets.Dataset;
import io.github.cartesia4j.client.datasets.DatasetRequest;
import io.github.cartesia4j.client.voices.VoiceCloneRequest;
import io.github.cartesia4j.test.simulator.CartesiaSimulator;
import io.github.cartesia4j.test.simulator.RecordedRequest;
import io.github.cartesia4j.test.simulator.SimulatorFault;
import io.github.cartesia4j.testing.TestClients;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A retried request sends exactly the body of its first attempt: JSON, and multipart with
 * files read from disk or from a stream.
 */
class RetryBodyTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private final CartesiaSimulator simulator = CartesiaSimulator.start();

	private final CartesiaClient client = FaultClient.create(this.simulator.baseUrl()).client();

	@AfterEach
	void close() {
		this.simulator.close();
	}

	@Test
	void cloneFromAFileOnDiskSendsTheSamePartsOnEveryAttempt(@TempDir Path directory) throws Exception {
		byte[] clip = speech();
		Path file = Files.write(directory.resolve("my voice.wav"), clip);
		this.simulator.clearRequests();
		this.simulator.faults().times(2, "POST", "/voices/clone", SimulatorFault.status(503));
		StepVerifier.create(this.client.voices()
			.clone(VoiceCloneRequest.builder().clip(file).name("Me").description("At my desk").language("en").build()))
			.assertNext((voice) -> assertThat(voice.name()).isEqualTo("Me"))
			.expectComplete()
			.verify(TIMEOUT);
		List<RecordedRequest> attempts = this.simulator.requests();
		assertThat(attempts).hasSize(3).allSatisfy((attempt) -> assertThat(attempt.path()).isEqualTo("/voices/clone"));
		List<MultipartParts.Part> parts = MultipartParts.parse(attempts.get(0));
		assertThat(parts).containsExactly(new MultipartParts.Part("clip", "my voice.wav", "audio/wav", clip),
				text("name", "Me"), text("description", "At my desk"), text("language", "en"));
		assertSameBodies(attempts);
	}

	@Test
	void uploadFromAStreamSendsTheSamePartsOnEveryAttempt() {
		Dataset dataset = this.client.datasets().create(DatasetRequest.of("retries", "bodies")).block(TIMEOUT);
		byte[] first = "first half of the file, ".getBytes(StandardCharsets.UTF_8);
		byte[] second = "second half of the file".getBytes(StandardCharsets.UTF_8);
		AtomicInteger subscriptions = new AtomicInteger();
		Flux<byte[]> stream = Flux.defer(() -> {
			subscriptions.incrementAndGet();
			return Flux.just(first, second);
		});
		this.simulator.clearRequests();
		String path = "/datasets/" + dataset.id() + "/files";
		this.simulator.faults().times(2, "POST", path, SimulatorFault.status(503));
		FileInput file = FileInput.of(stream, "notes.txt");
		StepVerifier.create(this.client.datasets().uploadFile(dataset.id(), file, "fine_tune"))
			.expectComplete()
			.verify(TIMEOUT);
		List<RecordedRequest> attempts = this.simulator.requests();
		assertThat(attempts).hasSize(3).allSatisfy((attempt) -> assertThat(attempt.path()).isEqualTo(path));
		assertThat(subscriptions).hasValue(3);
		assertThat(MultipartParts.parse(attempts.get(0))).containsExactly(
				new MultipartParts.Part("file", "notes.txt", "text/plain",
						"first half of the file, second half of the file".getBytes(StandardCharsets.UTF_8)),
				text("purpose", "fine_tune"));
		assertSameBodies(attempts);
	}

	@Test
	void ttsSendsTheSameJsonOnEveryAttempt() {
		this.simulator.faults().times(2, "POST", "/tts/bytes", SimulatorFault.status(503));
		StepVerifier.create(this.client.tts().bytesToArray(TestClients.request().language("en").build()))
			.expectNextCount(1)
			.expectComplete()
			.verify(TIMEOUT);
		List<RecordedRequest> attempts = this.simulator.requests();
		assertThat(attempts).hasSize(3);
		assertThat(attempts).extracting(RecordedRequest::bodyAsString).containsOnly(attempts.get(0).bodyAsString());
		assertThat(attempts.get(0).bodyAsString()).contains("\"transcript\":\"Hello, world!\"");
	}

	private byte[] speech() {
		return this.client.tts().bytesToArray(TestClients.request().build()).block(TIMEOUT);
	}

	private static MultipartParts.Part text(String name, String value) {
		return new MultipartParts.Part(name, null, "text/plain;charset=UTF-8", value.getBytes(StandardCharsets.UTF_8));
	}

	private static void assertSameBodies(List<RecordedRequest> attempts) {
		List<MultipartParts.Part> first = MultipartParts.parse(attempts.get(0));
		String firstBody = withoutBoundary(attempts.get(0));
		for (RecordedRequest attempt : attempts.subList(1, attempts.size())) {
			assertThat(MultipartParts.parse(attempt)).isEqualTo(first);
			assertThat(withoutBoundary(attempt)).isEqualTo(firstBody);
		}
	}

	private static String withoutBoundary(RecordedRequest request) {
		return new String(request.body(), StandardCharsets.ISO_8859_1).replace(MultipartParts.boundary(request),
				"BOUNDARY");
	}

}
