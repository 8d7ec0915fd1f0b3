package io.github.cartesia4j.test.simulator;

import io.netty.handler.codec.http.HttpMethod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class VoicesRoutesTests {

	private static final String BOUNDARY = "voices-test-boundary";

	private final CartesiaSimulator simulator = CartesiaSimulator.start();

	private final SimulatorTestClient client = new SimulatorTestClient(this.simulator);

	@AfterEach
	void close() {
		this.simulator.close();
	}

	@Test
	void legacyCreateAndMixAnswer404WithTheVersionToUseOnNewVersions() {
		SimulatorResponse create = send(HttpMethod.POST, "/voices/", "2025-11-04",
				"{\"name\":\"n\",\"description\":\"d\",\"embedding\":[0.1,0.2]}");
		assertThat(create.status()).isEqualTo(404);
		assertThat(create.json().get("error_code").asString()).isEqualTo("not_found");
		assertThat(create.json().get("message").asString()).contains("Cartesia-Version: 2024-11-13")
			.contains("/voices/clone");
		assertThat(create.json().get("request_id").asString()).isEqualTo(create.header("X-Request-Id"));
		SimulatorResponse mix = send(HttpMethod.POST, "/voices/mix", "2026-08-14",
				"{\"voices\":[{\"id\":\"" + VoicesSeed.BARBERSHOP_MAN + "\",\"weight\":1}]}");
		assertThat(mix.status()).isEqualTo(404);
		assertThat(mix.json().get("message").asString()).contains("2024-11-13");
		SimulatorResponse legacyMix = send(HttpMethod.POST, "/voices/mix", "2024-11-13",
				"{\"voices\":[{\"id\":\"" + VoicesSeed.BARBERSHOP_MAN + "\",\"weight\":1}]}");
		assertThat(legacyMix.status()).isEqualTo(200);
		assertThat(legacyMix.json().get("embedding").size()).isEqualTo(VoicesEmbeddings.SIZE);
	}

	@Test
	void legacyCreateValidatesTheEmbedding() {
		SimulatorResponse response = send(HttpMethod.POST, "/voices", "2024-06-10",
				"{\"name\":\"n\",\"description\":\"d\",\"embedding\":[\"x\"]}");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("message").asString()).contains("embedding");
	}

	@Test
	void eachVersionListsItsOwnVoiceShape() {
		JsonNode bare = send(HttpMethod.GET, "/voices", "2024-06-10", null).json();
		assertThat(bare.isArray()).isTrue();
		assertThat(bare.size()).isGreaterThanOrEqualTo(25);
		assertThat(bare.get(0).has("embedding")).isTrue();
		assertThat(bare.get(0).has("is_owner")).isFalse();
		JsonNode v2024 = send(HttpMethod.GET, "/voices?limit=2&expand[]=is_starred", "2024-11-13", null).json();
		JsonNode first = v2024.get("data").get(0);
		assertThat(first.has("is_owner")).isTrue();
		assertThat(first.has("is_public")).isFalse();
		assertThat(first.has("gender")).isFalse();
		assertThat(first.get("is_starred").isBoolean()).isTrue();
		assertThat(v2024.get("has_more").asBoolean()).isTrue();
		JsonNode v2026 = send(HttpMethod.GET, "/voices?limit=1", "2026-08-14", null).json().get("data").get(0);
		assertThat(v2026.get("access").asString()).isEqualTo("public");
		assertThat(v2026.get("visibility").asString()).isEqualTo("all");
		assertThat(v2026.get("tagline").asString()).isEmpty();
		assertThat(v2026.has("is_public")).isFalse();
		assertThat(v2026.get("locales").get(0).get("locale").asString()).isEqualTo("en-US");
	}

	@Test
	void starredVoicesAreFilteredOnTheVersionsThatHaveStars() {
		JsonNode starred = send(HttpMethod.GET, "/voices?is_starred=true&expand%5B%5D=is_starred", "2025-04-16", null)
			.json()
			.get("data");
		assertThat(starred.size()).isEqualTo(2);
		assertThat(starred.get(0).get("name").asString()).isEqualTo("Sarah");
		assertThat(starred.get(1).get("is_starred").asBoolean()).isTrue();
	}

	@Test
	void badFiltersAndExpandsAnswer400NamingTheField() {
		SimulatorResponse gender = send(HttpMethod.GET, "/voices?gender=male", "2025-11-04", null);
		assertThat(gender.status()).isEqualTo(400);
		assertThat(gender.json().get("message").asString()).startsWith("gender must be one of");
		SimulatorResponse expand = send(HttpMethod.GET, "/voices?expand[]=embedding", "2025-11-04", null);
		assertThat(expand.status()).isEqualTo(400);
		assertThat(expand.json().get("message").asString()).contains("expand[]").contains("preview_file_url");
		SimulatorResponse owner = send(HttpMethod.GET, "/voices?is_owner=yes", "2025-11-04", null);
		assertThat(owner.status()).isEqualTo(400);
		assertThat(owner.json().get("message").asString()).contains("is_owner");
	}

	@Test
	void cloneNeedsANonEmptyClipAndAName() {
		SimulatorResponse noClip = clone(null, "Named", "en");
		assertThat(noClip.status()).isEqualTo(400);
		assertThat(noClip.json().get("message").asString()).isEqualTo("clip file is required");
		SimulatorResponse emptyClip = clone("", "Named", "en");
		assertThat(emptyClip.status()).isEqualTo(400);
		assertThat(emptyClip.json().get("message").asString()).isEqualTo("clip file is required");
		SimulatorResponse noName = clone("audio", null, "en");
		assertThat(noName.status()).isEqualTo(400);
		assertThat(noName.json().get("message").asString()).isEqualTo("name is required");
		SimulatorResponse badLanguage = clone("audio", "Named", "xx");
		assertThat(badLanguage.status()).isEqualTo(400);
		assertThat(badLanguage.json().get("message").asString()).contains("language");
		SimulatorResponse created = clone("audio", "Named", "en-GB");
		assertThat(created.status()).isEqualTo(200);
		assertThat(created.json().get("language").asString()).isEqualTo("en");
		assertThat(created.json().get("is_public").asBoolean()).isFalse();
	}

	@Test
	void localizeChecksItsFieldsByVersion() {
		String base = "{\"voice_id\":\"" + VoicesSeed.BARBERSHOP_MAN + "\",\"name\":\"Localized\"";
		SimulatorResponse dialect = send(HttpMethod.POST, "/voices/localize", "2025-11-04", base
				+ ",\"description\":\"d\",\"language\":\"es\",\"original_speaker_gender\":\"male\",\"dialect\":\"uk\"}");
		assertThat(dialect.status()).isEqualTo(400);
		assertThat(dialect.json().get("message").asString()).contains("dialect must be one of mx, pe");
		SimulatorResponse noGender = send(HttpMethod.POST, "/voices/localize", "2025-11-04",
				base + ",\"description\":\"d\",\"language\":\"es\"}");
		assertThat(noGender.status()).isEqualTo(400);
		assertThat(noGender.json().get("message").asString()).isEqualTo("original_speaker_gender is required");
		SimulatorResponse noAccent = send(HttpMethod.POST, "/voices/localize", "2026-08-14", base + "}");
		assertThat(noAccent.status()).isEqualTo(400);
		assertThat(noAccent.json().get("message").asString()).isEqualTo("accent is required");
		SimulatorResponse accent = send(HttpMethod.POST, "/voices/localize", "2026-08-14",
				base + ",\"accent\":\"southern-us\",\"tagline\":\"Howdy\"}");
		assertThat(accent.status()).isEqualTo(200);
		assertThat(accent.json().get("access").asString()).isEqualTo("private");
		assertThat(accent.json().get("tagline").asString()).isEqualTo("Howdy");
		SimulatorResponse unknown = send(HttpMethod.POST, "/voices/localize", "2026-08-14",
				"{\"voice_id\":\"nope\",\"name\":\"n\",\"accent\":\"british\"}");
		assertThat(unknown.status()).isEqualTo(404);
	}

	@Test
	void updatesBefore20251104NeedNameAndDescription() {
		String id = clone("audio", "Mine", "en").json().get("id").asString();
		SimulatorResponse partial = send(HttpMethod.PATCH, "/voices/" + id, "2024-11-13", "{\"name\":\"Renamed\"}");
		assertThat(partial.status()).isEqualTo(400);
		assertThat(partial.json().get("message").asString()).isEqualTo("description is required");
		SimulatorResponse full = send(HttpMethod.PATCH, "/voices/" + id, "2024-11-13",
				"{\"name\":\"Renamed\",\"description\":\"New\"}");
		assertThat(full.status()).isEqualTo(200);
		assertThat(full.json().get("name").asString()).isEqualTo("Renamed");
		SimulatorResponse badGender = send(HttpMethod.PATCH, "/voices/" + id, "2025-11-04", "{\"gender\":\"male\"}");
		assertThat(badGender.status()).isEqualTo(400);
	}

	@Test
	void previewFilesAreWaveAudio() {
		SimulatorResponse preview = send(HttpMethod.GET, "/voices/" + VoicesSeed.BARBERSHOP_MAN + "/preview",
				"2025-11-04", null);
		assertThat(preview.status()).isEqualTo(200);
		assertThat(preview.header("Content-Type")).isEqualTo("audio/wav");
		assertThat(new String(preview.body(), 0, 4)).isEqualTo("RIFF");
		assertThat(preview.body().length).isGreaterThan(WavHeader.LENGTH + 1000);
	}

	private SimulatorResponse clone(String clip, String name, String language) {
		StringBuilder body = new StringBuilder();
		if (clip != null) {
			body.append("--").append(BOUNDARY).append("\r\n")
				.append("Content-Disposition: form-data; name=\"clip\"; filename=\"clip.wav\"\r\n")
				.append("Content-Type: audio/wav\r\n\r\n")
				.append(clip)
				.append("\r\n");
		}
		if (name != null) {
			part(body, "name", name);
		}
		part(body, "language", language);
		body.append("--").append(BOUNDARY).append("--\r\n");
		return await(this.client.exchange(HttpMethod.POST, "/voices/clone", body.toString(), (headers) -> {
			SimulatorTestClient.authenticated(headers);
			headers.set("Content-Type", "multipart/form-data; boundary=" + BOUNDARY);
		}));
	}

	private static void part(StringBuilder body, String name, String value) {
		body.append("--").append(BOUNDARY).append("\r\n")
			.append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
			.append(value)
			.append("\r\n");
	}

	private SimulatorResponse send(HttpMethod method, String path, String version, String body) {
		return await(this.client.exchange(method, path, body, (headers) -> {
			SimulatorTestClient.authenticated(headers);
			headers.set("Cartesia-Version", version);
		}));
	}

	private static SimulatorResponse await(Mono<SimulatorResponse> response) {
		SimulatorResponse[] received = new SimulatorResponse[1];
		StepVerifier.create(response)
			.consumeNextWith((value) -> received[0] = value)
			.expectComplete()
			.verify(SimulatorTestClient.TIMEOUT);
		return received[0];
	}

}
