package io.github.cartesia4j.test.simulator;

import io.netty.handler.codec.http.HttpMethod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Validation of the dataset routes that a well-behaved client never triggers: missing
 * multipart parts, missing or mistyped JSON fields, bad paging parameters.
 */
class DatasetsRoutesTests {

	private static final String BOUNDARY = "sim-boundary-7f3a";

	private final CartesiaSimulator simulator = CartesiaSimulator.start();

	private final SimulatorTestClient client = new SimulatorTestClient(this.simulator);

	@AfterEach
	void close() {
		this.simulator.close();
	}

	@Test
	void uploadWithoutPurposeIsRejectedNamingPurpose() {
		String id = createDataset();
		SimulatorResponse response = upload(id, filePart("clip.wav", "RIFF....") + end());
		assertError(response, 400, "purpose");
		assertThat(files(id).get("data")).isEmpty();
	}

	@Test
	void uploadWithoutFileIsRejectedNamingFile() {
		String id = createDataset();
		assertError(upload(id, textPart("purpose", "fine_tune") + end()), 400, "file");
		assertError(upload(id, textPart("file", "not a file part") + textPart("purpose", "fine_tune") + end()), 400,
				"file");
	}

	@Test
	void uploadOfAnEmptyFileIsRejected() {
		String id = createDataset();
		assertError(upload(id, filePart("empty.wav", "") + textPart("purpose", "fine_tune") + end()), 400, "file");
	}

	@Test
	void uploadStoresTheFilenameAndByteSize() {
		String id = createDataset();
		SimulatorResponse response = upload(id,
				filePart("caf\u00e9.wav", "0123456789") + textPart("purpose", "fine_tune") + end());
		assertThat(response.status()).isEqualTo(204);
		assertThat(response.body()).isEmpty();
		JsonNode file = files(id).get("data").get(0);
		assertThat(file.get("filename").asString()).isEqualTo("caf\u00e9.wav");
		assertThat(file.get("size").asLong()).isEqualTo(10);
		assertThat(file.propertyNames()).containsExactlyInAnyOrder("id", "filename", "created_at", "size");
	}

	@Test
	void uploadThatIsNotMultipartIsRejected() {
		String id = createDataset();
		SimulatorResponse response = this.client.post("/datasets/" + id + "/files", "{\"purpose\":\"fine_tune\"}")
			.block(SimulatorTestClient.TIMEOUT);
		assertError(response, 400, "multipart");
	}

	@Test
	void createRequiresADescriptionFrom20250416ButNotBefore() {
		assertError(post("/datasets/", "{\"name\":\"No description\"}", "2025-11-04"), 400, "description");
		SimulatorResponse legacy = post("/datasets/", "{\"name\":\"No description\"}", "2024-11-13");
		assertThat(legacy.status()).isEqualTo(200);
		assertThat(legacy.json().get("description").asString()).isEmpty();
		assertThat(legacy.json().propertyNames()).containsExactly("id", "name", "description", "created_at");
	}

	@Test
	void createAndUpdateNameTheBadField() {
		assertError(post("/datasets/", "{\"name\":\" \",\"description\":\"d\"}", "2025-11-04"), 400, "name");
		assertError(post("/datasets/", "{\"name\":7,\"description\":\"d\"}", "2025-11-04"), 400, "name");
		assertError(post("/datasets/", "{\"description\":\"d\"}", "2025-11-04"), 400, "name");
		String id = createDataset();
		assertError(send(HttpMethod.PATCH, "/datasets/" + id, "{\"name\":\"n\"}"), 400, "description");
		assertError(send(HttpMethod.PATCH, "/datasets/" + id, "{\"description\":\"d\"}"), 400, "name");
		assertError(send(HttpMethod.PATCH, "/datasets/unknown", "{\"name\":\"n\",\"description\":\"d\"}"), 404,
				"unknown");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "101", "-1", "ten" })
	void badLimitsAreRejected(String limit) {
		String id = createDataset();
		assertError(get("/datasets/?limit=" + limit), 400, "limit");
		assertError(get("/datasets/" + id + "/files?limit=" + limit), 400, "limit");
	}

	@Test
	void theCollectionAnswersWithAndWithoutTrailingSlash() {
		String id = createDataset();
		assertThat(get("/datasets?limit=100").json().get("data").findValuesAsString("id")).contains(id);
		assertThat(get("/datasets/?limit=100").json().get("data").findValuesAsString("id")).contains(id);
	}

	@Test
	void unknownFileOfAKnownDatasetIsNotFound() {
		String id = createDataset();
		assertError(send(HttpMethod.DELETE, "/datasets/" + id + "/files/nope", null), 404, "nope");
	}

	private String createDataset() {
		SimulatorResponse response = post("/datasets/", "{\"name\":\"Routes\",\"description\":\"\"}", "2025-11-04");
		assertThat(response.status()).isEqualTo(200);
		return response.json().get("id").asString();
	}

	private JsonNode files(String id) {
		SimulatorResponse response = get("/datasets/" + id + "/files");
		assertThat(response.status()).isEqualTo(200);
		return response.json();
	}

	private SimulatorResponse upload(String id, String body) {
		return this.client.exchange(HttpMethod.POST, "/datasets/" + id + "/files", body, (headers) -> {
			SimulatorTestClient.authenticated(headers);
			headers.set("Content-Type", "multipart/form-data; boundary=" + BOUNDARY);
		}).block(SimulatorTestClient.TIMEOUT);
	}

	private SimulatorResponse post(String path, String body, String version) {
		return this.client.exchange(HttpMethod.POST, path, body, (headers) -> {
			SimulatorTestClient.authenticated(headers);
			headers.set("Cartesia-Version", version);
		}).block(SimulatorTestClient.TIMEOUT);
	}

	private SimulatorResponse send(HttpMethod method, String path, String body) {
		return this.client.exchange(method, path, body, SimulatorTestClient::authenticated)
			.block(SimulatorTestClient.TIMEOUT);
	}

	private SimulatorResponse get(String path) {
		return this.client.get(path).block(SimulatorTestClient.TIMEOUT);
	}

	static void assertError(SimulatorResponse response, int status, String mentioned) {
		assertThat(response.status()).as(response.bodyAsString()).isEqualTo(status);
		assertThat(response.json().get("message").asString()).contains(mentioned);
		assertThat(response.json().get("request_id").asString()).isEqualTo(response.header("X-Request-Id"));
	}

	private static String filePart(String filename, String content) {
		return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: audio/wav\r\n\r\n" + content + "\r\n";
	}

	private static String textPart(String name, String value) {
		return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
	}

	private static String end() {
		return "--" + BOUNDARY + "--\r\n";
	}

}
