package io.github.cartesia4j.test.simulator;

import io.netty.handler.codec.http.HttpMethod;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class PronunciationDictsRoutesTests {

	private static final CartesiaSimulator simulator = CartesiaSimulator.start();

	private static final SimulatorTestClient client = new SimulatorTestClient(simulator);

	@AfterAll
	static void close() {
		simulator.close();
	}

	@Test
	void aFreshSimulatorListsTheSeedDictionary() {
		SimulatorResponse response = client.get("/pronunciation-dicts/").block(SimulatorTestClient.TIMEOUT);
		assertThat(response.status()).isEqualTo(200);
		JsonNode seed = response.json().get("data").get(0);
		assertThat(seed.get("id").asString()).isEqualTo(PronunciationDictsSeed.BRANDS_ID);
		assertThat(seed.get("owner_id").asString()).isEqualTo(PronunciationDictsSeed.OWNER_ID);
		assertThat(seed.get("pinned").asBoolean()).isFalse();
		assertThat(seed.get("items").get(0).get("alias").asString()).isEqualTo("kar-TEE-zha");
		assertThat(response.json().has("has_more")).isTrue();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			{}                                                          | name is required
			{"name":null}                                               | name is required
			{"name":7}                                                  | name must be a string
			{"name":"  "}                                               | name must not be empty
			{"name":"n","items":{}}                                     | items must be an array
			{"name":"n","items":["SQL"]}                                | items[0] must be an object with text and alias
			{"name":"n","items":[{"text":"a","alias":"b"},{"alias":"c"}]} | items[1].text is required
			{"name":"n","items":[{"text":"a"}]}                         | items[0].alias is required
			{"name":"n","items":[{"text":"a","alias":""}]}              | items[0].alias must not be empty
			{"name":"n","items":[{"text":"a","alias":"b","case_sensitive":"yes"}]} | items[0].case_sensitive must be a boolean
			""")
	void createAnswers400NamingTheField(String body, String message) {
		SimulatorResponse response = client.post("/pronunciation-dicts/", body).block(SimulatorTestClient.TIMEOUT);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("message").asString()).isEqualTo(message);
		assertThat(response.json().get("request_id").asString()).isEqualTo(response.header("X-Request-Id"));
	}

	@Test
	void updateAnswers400NamingTheFieldAndKeepsTheDictionary() {
		String body = "{\"name\":\"Keep\",\"items\":[{\"text\":\"a\",\"alias\":\"b\"}]}";
		String id = client.post("/pronunciation-dicts/", body)
			.block(SimulatorTestClient.TIMEOUT)
			.json()
			.get("id")
			.asString();
		SimulatorResponse blankName = patch(id, "{\"name\":\"\"}");
		SimulatorResponse missingAlias = patch(id, "{\"items\":[{\"text\":\"x\"}]}");
		assertThat(blankName.status()).isEqualTo(400);
		assertThat(blankName.json().get("message").asString()).isEqualTo("name must not be empty");
		assertThat(missingAlias.status()).isEqualTo(400);
		assertThat(missingAlias.json().get("message").asString()).isEqualTo("items[0].alias is required");
		JsonNode kept = client.get("/pronunciation-dicts/" + id).block(SimulatorTestClient.TIMEOUT).json();
		assertThat(kept.get("name").asString()).isEqualTo("Keep");
		assertThat(kept.get("items")).hasSize(1);
	}

	@Test
	void pinOnAnotherVersionAnswersAJson404AndLeavesTheFlag() {
		String id = client.post("/pronunciation-dicts/", "{\"name\":\"Pin me\"}")
			.block(SimulatorTestClient.TIMEOUT)
			.json()
			.get("id")
			.asString();
		String path = "/pronunciation-dicts/" + id + "/pin";
		SimulatorResponse response = client.post(path, "").block(SimulatorTestClient.TIMEOUT);
		assertThat(response.status()).isEqualTo(404);
		assertThat(client.get("/pronunciation-dicts/" + id)
			.block(SimulatorTestClient.TIMEOUT)
			.json()
			.get("pinned")
			.asBoolean()).isFalse();
		assertThat(response.header("Content-Type")).isEqualTo("application/json");
		assertThat(response.json().get("error_code").asString()).isEqualTo("not_found");
		assertThat(response.json().get("message").asString()).contains("2025-11-04").contains("2025-04-16");
		SimulatorResponse pinned = client.exchange(HttpMethod.POST, path, null, (headers) -> {
			SimulatorTestClient.authenticated(headers);
			headers.set("Cartesia-Version", "2025-04-16");
		}).block(SimulatorTestClient.TIMEOUT);
		assertThat(pinned.status()).isEqualTo(200);
		assertThat(pinned.body()).isEmpty();
		assertThat(client.get("/pronunciation-dicts/" + id)
			.block(SimulatorTestClient.TIMEOUT)
			.json()
			.get("pinned")
			.asBoolean()).isTrue();
	}

	private static SimulatorResponse patch(String id, String body) {
		return client
			.exchange(HttpMethod.PATCH, "/pronunciation-dicts/" + id, body, SimulatorTestClient::authenticated)
			.block(SimulatorTestClient.TIMEOUT);
	}

}
