package io.github.cartesia4j.client.datasets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;

import io.github.cartesia4j.client.core.FileInput;
import io.github.cartesia4j.client.core.PageRequest;
import io.github.cartesia4j.testing.RecordedRequests;
import io.github.cartesia4j.testing.TestClients;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Wire tests of the file operations of {@link DatasetsClient}.
 */
class DatasetFilesClientWireTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private static final String DATASET_ID = "ds_0a1b2c3d";

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final DatasetsClient datasets = TestClients.client(wireMock.baseUrl()).datasets();

	@Test
	void listFilesSendsPagingParametersAndParsesFiles() {
		wireMock.stubFor(get(anyUrl()).willReturn(okJson("""
				{"data":[{"id":"file_1","filename":"call-01.wav","created_at":"2025-08-13T12:00:00Z",
				 "size":3221225472,"checksum":"abc"}],"has_more":false,"next_page":null}""")));
		StepVerifier.create(this.datasets.listFiles(DATASET_ID, new PageRequest(20, "file_0", null)))
			.assertNext((page) -> {
				assertThat(page.data()).containsExactly(
						new DatasetFile("file_1", "call-01.wav", "2025-08-13T12:00:00Z", 3_221_225_472L));
				assertThat(page.hasMore()).isFalse();
				assertThat(page.nextPage()).isNull();
			})
			.expectComplete()
			.verify(TIMEOUT);
		LoggedRequest request = RecordedRequests.only(wireMock);
		assertThat(request.getMethod().getName()).isEqualTo("GET");
		assertThat(request.getUrl()).isEqualTo("/datasets/ds_0a1b2c3d/files?limit=20&starting_after=file_0");
		DatasetsClientWireTests.assertCommonHeaders(request, "2025-11-04");
	}

	@Test
	void listFilesWithoutPageRequestSendsNoQuery() {
		wireMock.stubFor(get(anyUrl()).willReturn(okJson("{\"data\":[],\"has_more\":false}")));
		StepVerifier.create(this.datasets.listFiles(DATASET_ID)).expectNextCount(1).expectComplete().verify(TIMEOUT);
		assertThat(RecordedRequests.only(wireMock).getUrl()).isEqualTo("/datasets/ds_0a1b2c3d/files");
	}

	@Test
	void uploadFileFromPathStreamsTheFileAndPurpose(@TempDir Path directory) throws IOException {
		wireMock.stubFor(post(anyUrl()).willReturn(noContent()));
		byte[] content = wav(48_000);
		Path file = Files.write(directory.resolve("call-01.wav"), content);
		StepVerifier.create(this.datasets.uploadFile(DATASET_ID, FileInput.of(file), DatasetsClient.FINE_TUNE_PURPOSE))
			.expectComplete()
			.verify(TIMEOUT);
		LoggedRequest request = RecordedRequests.only(wireMock);
		assertThat(request.getMethod().getName()).isEqualTo("POST");
		assertThat(request.getUrl()).isEqualTo("/datasets/ds_0a1b2c3d/files");
		assertThat(request.getHeader("Content-Type")).startsWith("multipart/form-data;").contains("boundary=");
		DatasetsClientWireTests.assertCommonHeaders(request, "2025-11-04");
		Map<String, Request.Part> parts = parts(request);
		assertThat(parts).containsOnlyKeys("file", "purpose");
		Request.Part filePart = parts.get("file");
		assertThat(filePart.getFileName()).isEqualTo("call-01.wav");
		assertThat(filePart.getHeader("Content-Type").firstValue()).isEqualTo("audio/wav");
		assertThat(filePart.getBody().asBytes()).isEqualTo(content);
		Request.Part purpose = parts.get("purpose");
		assertThat(purpose.getFileName()).isNull();
		assertThat(purpose.getBody().asString()).isEqualTo("fine_tune");
	}

	@Test
	void uploadFileDefaultsThePurposeToFineTune() {
		wireMock.stubFor(post(anyUrl()).willReturn(noContent()));
		StepVerifier.create(this.datasets.uploadFile(DATASET_ID, FileInput.of(wav(100), "clip.wav")))
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(parts(RecordedRequests.only(wireMock)).get("purpose").getBody().asString()).isEqualTo("fine_tune");
	}

	@Test
	void uploadFileFromBytesSendsTheGivenNameAndAnotherPurpose() {
		wireMock.stubFor(post(anyUrl()).willReturn(noContent()));
		byte[] transcript = "speaker,text\nagent,Hello\n".getBytes(StandardCharsets.UTF_8);
		StepVerifier.create(this.datasets.uploadFile(DATASET_ID, FileInput.of(transcript, "transcripts.csv"), "eval"))
			.expectComplete()
			.verify(TIMEOUT);
		Map<String, Request.Part> parts = parts(RecordedRequests.only(wireMock));
		assertThat(parts.get("file").getFileName()).isEqualTo("transcripts.csv");
		assertThat(parts.get("file").getHeader("Content-Type").firstValue()).isEqualTo("text/csv");
		assertThat(parts.get("file").getBody().asBytes()).isEqualTo(transcript);
		assertThat(parts.get("purpose").getBody().asString()).isEqualTo("eval");
	}

	@Test
	void uploadFileFromAStreamSendsEveryChunkInOrder() {
		wireMock.stubFor(post(anyUrl()).willReturn(noContent()));
		Flux<byte[]> chunks = Flux.range(0, 64).map((i) -> chunk(i, 4096));
		StepVerifier.create(this.datasets.uploadFile(DATASET_ID, FileInput.of(chunks, "long.mp3")))
			.expectComplete()
			.verify(TIMEOUT);
		Request.Part file = parts(RecordedRequests.only(wireMock)).get("file");
		assertThat(file.getFileName()).isEqualTo("long.mp3");
		assertThat(file.getHeader("Content-Type").firstValue()).isEqualTo("audio/mpeg");
		byte[] body = file.getBody().asBytes();
		assertThat(body).hasSize(64 * 4096);
		assertThat(body[0]).isEqualTo((byte) 0);
		assertThat(body[63 * 4096]).isEqualTo((byte) 63);
	}

	@Test
	void uploadFileFromAResourceUsesItsFilename(@TempDir Path directory) throws IOException {
		wireMock.stubFor(post(anyUrl()).willReturn(noContent()));
		Path file = Files.write(directory.resolve("notes.txt"), "hello".getBytes(StandardCharsets.UTF_8));
		StepVerifier.create(this.datasets.uploadFile(DATASET_ID, FileInput.of(new FileSystemResource(file))))
			.expectComplete()
			.verify(TIMEOUT);
		Request.Part part = parts(RecordedRequests.only(wireMock)).get("file");
		assertThat(part.getFileName()).isEqualTo("notes.txt");
		assertThat(part.getHeader("Content-Type").firstValue()).isEqualTo("text/plain");
		assertThat(part.getBody().asString()).isEqualTo("hello");
	}

	@Test
	void deleteFileSpellsBothIdsInThePath() {
		wireMock.stubFor(delete(anyUrl()).willReturn(noContent()));
		StepVerifier.create(this.datasets.deleteFile(DATASET_ID, "file 1/2")).expectComplete().verify(TIMEOUT);
		LoggedRequest request = RecordedRequests.only(wireMock);
		assertThat(request.getMethod().getName()).isEqualTo("DELETE");
		assertThat(request.getUrl()).isEqualTo("/datasets/ds_0a1b2c3d/files/file%201%2F2");
		DatasetsClientWireTests.assertCommonHeaders(request, "2025-11-04");
	}

	@Test
	void badArgumentsFailBeforeAnyRequest(@TempDir Path directory) {
		wireMock.stubFor(any(anyUrl()).willReturn(noContent()));
		FileInput clip = FileInput.of(wav(10), "clip.wav");
		assertThatIllegalArgumentException().isThrownBy(() -> this.datasets.uploadFile(" ", clip))
			.withMessageContaining("'id'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.datasets.uploadFile(DATASET_ID, null))
			.withMessageContaining("'file'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.datasets.uploadFile(DATASET_ID, clip, ""))
			.withMessageContaining("'purpose'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.datasets.uploadFile(DATASET_ID, clip, null))
			.withMessageContaining("'purpose'");
		assertThatIllegalArgumentException().isThrownBy(() -> FileInput.of(directory.resolve("missing.wav")))
			.withMessageContaining("'file'");
		assertThatIllegalArgumentException().isThrownBy(() -> FileInput.of(new byte[0], "empty.wav"))
			.withMessageContaining("'file'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.datasets.deleteFile(DATASET_ID, " "))
			.withMessageContaining("'file_id'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.datasets.deleteFile(null, "file_1"))
			.withMessageContaining("'id'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.datasets.listFiles("", PageRequest.FIRST))
			.withMessageContaining("'id'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.datasets.listFiles(DATASET_ID, null))
			.withMessageContaining("'request'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.datasets.listAllFiles(" "))
			.withMessageContaining("'id'");
		assertThat(RecordedRequests.all(wireMock)).isEmpty();
	}

	@Test
	void uploadFileFromAClasspathResourceUsesItsFilename() {
		wireMock.stubFor(post(anyUrl()).willReturn(noContent()));
		ClassPathResource resource = new ClassPathResource("io/github/cartesia4j/client/cartesia-client.properties");
		StepVerifier.create(this.datasets.uploadFile(DATASET_ID, FileInput.of(resource)))
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(parts(RecordedRequests.only(wireMock)).get("file").getFileName())
			.isEqualTo("cartesia-client.properties");
	}

	private static Map<String, Request.Part> parts(LoggedRequest request) {
		List<Request.Part> parts = List.copyOf(request.getParts());
		return parts.stream().collect(Collectors.toMap(Request.Part::getName, Function.identity()));
	}

	static byte[] wav(int size) {
		byte[] bytes = new byte[size];
		byte[] riff = "RIFF".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(riff, 0, bytes, 0, Math.min(riff.length, size));
		for (int i = riff.length; i < size; i++) {
			bytes[i] = (byte) (i * 31);
		}
		return bytes;
	}

	private static byte[] chunk(int index, int size) {
		byte[] bytes = new byte[size];
		Arrays.fill(bytes, (byte) index);
		return bytes;
	}

}
