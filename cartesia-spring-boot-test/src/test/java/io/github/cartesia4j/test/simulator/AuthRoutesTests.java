package io.github.cartesia4j.test.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import io.netty.handler.codec.http.HttpMethod;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class AuthRoutesTests {

	private static final CartesiaSimulator simulator = CartesiaSimulator.start();

	private static final SimulatorTestClient client = new SimulatorTestClient(simulator);

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	@AfterAll
	static void close() {
		simulator.close();
	}

	@Test
	void mintsAJwtCarryingTheGrantsAndTheExpiry() {
		long before = Instant.now().getEpochSecond();
		SimulatorResponse response = client
			.post("/access-token", "{\"grants\":{\"tts\":true,\"stt\":false},\"expires_in\":120}")
			.block(SimulatorTestClient.TIMEOUT);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Content-Type")).isEqualTo("application/json");
		String token = response.json().get("token").asString();
		String[] parts = token.split("\\.", -1);
		assertThat(parts).hasSize(3);
		assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
		JsonNode header = decode(parts[0]);
		assertThat(header.get("alg").asString()).isEqualTo("HS256");
		assertThat(header.get("typ").asString()).isEqualTo("JWT");
		JsonNode payload = decode(parts[1]);
		assertThat(payload.get("grants").get("tts").asBoolean()).isTrue();
		assertThat(payload.get("grants").get("stt").asBoolean()).isFalse();
		assertThat(payload.get("grants").has("agent")).isFalse();
		long issuedAt = payload.get("iat").asLong();
		assertThat(issuedAt).isBetween(before, Instant.now().getEpochSecond());
		assertThat(payload.get("exp").asLong()).isEqualTo(issuedAt + 120);
		assertThat(Base64.getUrlDecoder().decode(parts[2])).hasSize(32);
	}

	@Test
	void lifetimeDefaultsToOneMinuteAndEveryTokenIsDifferent() {
		JsonNode first = client.post("/access-token", "{\"grants\":{\"agent\":true}}")
			.block(SimulatorTestClient.TIMEOUT)
			.json();
		SimulatorResponse second = client.post("/access-token", "").block(SimulatorTestClient.TIMEOUT);
		assertThat(second.status()).isEqualTo(200);
		JsonNode payload = decode(first.get("token").asString().split("\\.")[1]);
		assertThat(payload.get("exp").asLong() - payload.get("iat").asLong())
			.isEqualTo(AuthTokenRegistry.DEFAULT_EXPIRES_IN);
		assertThat(second.json().get("token").asString()).isNotEqualTo(first.get("token").asString());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			{"grants":{"tts":true},"expires_in":3601}                 | expires_in must be at most 3600 seconds (1 hour), got 3601
			{"grants":{"tts":true},"expires_in":100000000000000000000} | expires_in must be at most 3600
			{"grants":{"tts":true},"expires_in":0}                    | expires_in must be at least 1 second, got 0
			{"grants":{"tts":true},"expires_in":-30}                  | expires_in must be at least 1 second
			{"grants":{"tts":true},"expires_in":1.5}                  | expires_in must be an integer number of seconds
			{"grants":{"tts":true},"expires_in":"60"}                 | expires_in must be an integer number of seconds
			{"grants":["tts"]}                                        | grants must be an object
			{"grants":{"stt":"yes"}}                                  | grants.stt must be a boolean
			""")
	void invalidRequestsAnswer400NamingTheField(String body, String message) {
		SimulatorResponse response = client.post("/access-token", body).block(SimulatorTestClient.TIMEOUT);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("message").asString()).startsWith(message);
		assertThat(response.json().get("request_id").asString()).isEqualTo(response.header("X-Request-Id"));
	}

	@Test
	void aTokenCannotMintAnotherToken() {
		String token = client.post("/access-token", "{\"grants\":{\"tts\":true}}")
			.block(SimulatorTestClient.TIMEOUT)
			.json()
			.get("token")
			.asString();
		SimulatorResponse response = client.exchange(HttpMethod.POST, "/access-token", "{\"grants\":{\"tts\":true}}",
				(headers) -> headers.set("Authorization", "Bearer " + token)
					.set("Cartesia-Version", SimulatorTestClient.VERSION))
			.block(SimulatorTestClient.TIMEOUT);
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.json().get("message").asString()).contains("API key");
	}

	private static JsonNode decode(String part) {
		return MAPPER.readTree(new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8));
	}

}
