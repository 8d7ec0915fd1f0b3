package io.github.cartesia4j.test.simulator;

import io.netty.handler.codec.http.HttpMethod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Validation and rendering of the fine-tune routes beyond what the client tests cover.
 */
class FineTunesRoutesTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final CartesiaSimulator simulator = CartesiaSimulator.start();

	private final SimulatorTestClient client = new SimulatorTestClient(this.simulator);

	@AfterEach
	void close() {
		this.simulator.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "name", "description", "language", "model_id", "dataset" })
	void everyRequiredFieldIsChecked(String field) {
		ObjectNode body = validBody();
		body.remove(field);
		DatasetsRoutesTests.assertError(post(body), 400, field);
		assertThat(list().get("data")).hasSize(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "name", "language", "model_id", "dataset" })
	void blankOrMistypedFieldsAreRejected(String field) {
		DatasetsRoutesTests.assertError(post(validBody().put(field, " ")), 400, field);
		DatasetsRoutesTests.assertError(post(validBody().put(field, 3)), 400, field);
	}

	@Test
	void anUnknownDatasetIsABadRequestNamingTheDataset() {
		DatasetsRoutesTests.assertError(post(validBody().put("dataset", "gone")), 400, "dataset not found: gone");
	}

	@Test
	void aBlankAccentIsRejectedAndAnAccentIsEchoed() {
		DatasetsRoutesTests.assertError(post(validBody().put("accent", "")), 400, "accent");
		SimulatorResponse created = post(validBody().put("accent", "british"));
		assertThat(created.status()).isEqualTo(200);
		assertThat(created.json().get("accent").asString()).isEqualTo("british");
	}

	@Test
	void aNewFineTuneHasExactlyTheSchemaFields() {
		SimulatorResponse created = post(validBody());
		assertThat(created.status()).isEqualTo(200);
		assertThat(created.json().propertyNames()).containsExactly("id", "name", "description", "language",
				"model_id", "dataset", "status");
		assertThat(created.json().get("status").asString()).isEqualTo("created");
		JsonNode listed = list().get("data").get(1);
		assertThat(listed).isEqualTo(created.json());
	}

	@Test
	void listingDoesNotAdvanceTrainingButReadingDoes() {
		String id = post(validBody()).json().get("id").asString();
		assertThat(list().get("data").get(1).get("status").asString()).isEqualTo("created");
		assertThat(list().get("data").get(1).get("status").asString()).isEqualTo("created");
		assertThat(get("/fine-tunes/" + id).json().get("status").asString()).isEqualTo("training");
		assertThat(get("/fine-tunes/" + id + "/voices").json().get("data")).isEmpty();
		assertThat(get("/fine-tunes/" + id).json().get("status").asString()).isEqualTo("completed");
		assertThat(get("/fine-tunes/" + id).json().get("status").asString()).isEqualTo("completed");
		JsonNode voices = get("/fine-tunes/" + id + "/voices").json();
		assertThat(voices.get("data")).hasSize(2);
		assertThat(voices.get("has_more").asBoolean()).isFalse();
	}

	@Test
	void fineTuneVoicesArePaged() {
		String id = post(validBody()).json().get("id").asString();
		get("/fine-tunes/" + id);
		get("/fine-tunes/" + id);
		JsonNode first = get("/fine-tunes/" + id + "/voices?limit=1").json();
		assertThat(first.get("has_more").asBoolean()).isTrue();
		String firstId = first.get("data").get(0).get("id").asString();
		assertThat(first.get("next_page").asString()).isEqualTo(firstId);
		JsonNode second = get("/fine-tunes/" + id + "/voices?limit=1&starting_after=" + firstId).json();
		assertThat(second.get("has_more").asBoolean()).isFalse();
		assertThat(second.get("data").get(0).get("id").asString()).isNotEqualTo(firstId);
		DatasetsRoutesTests.assertError(get("/fine-tunes/" + id + "/voices?limit=0"), 400, "limit");
		DatasetsRoutesTests.assertError(get("/fine-tunes/?limit=101"), 400, "limit");
	}

	private ObjectNode validBody() {
		ObjectNode body = MAPPER.createObjectNode();
		body.put("name", "Routes voice");
		body.put("description", "");
		body.put("language", "en");
		body.put("model_id", "sonic-3-2026-01-12");
		body.put("dataset", DatasetsSeed.DATASET_ID);
		return body;
	}

	private SimulatorResponse post(JsonNode body) {
		return this.client.post("/fine-tunes/", body.toString()).block(SimulatorTestClient.TIMEOUT);
	}

	private SimulatorResponse get(String path) {
		return this.client.exchange(HttpMethod.GET, path, null, SimulatorTestClient::authenticated)
			.block(SimulatorTestClient.TIMEOUT);
	}

	private JsonNode list() {
		return get("/fine-tunes/").json();
	}

}
