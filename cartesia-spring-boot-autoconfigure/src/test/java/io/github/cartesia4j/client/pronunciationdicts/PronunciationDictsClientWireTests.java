package io.github.cartesia4j.client.pronunciationdicts;

import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import io.github.cartesia4j.client.core.Page;
import io.github.cartesia4j.client.core.PageRequest;
import io.github.cartesia4j.testing.RecordedRequests;
import io.github.cartesia4j.testing.TestClients;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

class PronunciationDictsClientWireTests {

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final PronunciationDictsClient client = TestClients.client(wireMock.baseUrl()).pronunciationDicts();

	@Test
	void listGetsTheCollectionWithTrailingSlashAndParsesThePage() {
		wireMock.stubFor(any(anyUrl()).willReturn(okJson(PronunciationDictsJson.page(true, "pdict_1", "pdict_2"))));
		StepVerifier.create(this.client.list()).assertNext((page) -> {
			assertThat(page.data()).extracting(PronunciationDict::id).containsExactly("pdict_1", "pdict_2");
			assertThat(page.hasMore()).isTrue();
			assertThat(page.nextPage()).isEqualTo("pdict_2");
		}).expectComplete().verify(Duration.ofSeconds(5));
		LoggedRequest request = RecordedRequests.only(wireMock);
		assertThat(request.getMethod().getName()).isEqualTo("GET");
		assertThat(request.getUrl()).isEqualTo("/pronunciation-dicts/");
		assertStandardHeaders(request, "2025-11-04");
	}

	@Test
	void listSendsPageSizeAndCursors() {
		wireMock.stubFor(any(anyUrl()).willReturn(okJson(PronunciationDictsJson.page(false))));
		Page<PronunciationDict> after = this.client.list(new PageRequest(25, "pdict_a", null))
			.block(Duration.ofSeconds(5));
		Page<PronunciationDict> before = this.client.list(new PageRequest(null, null, "pdict b"))
			.block(Duration.ofSeconds(5));
		assertThat(after.data()).isEmpty();
		assertThat(before.hasMore()).isFalse();
		assertThat(RecordedRequests.all(wireMock)).extracting(LoggedRequest::getUrl)
			.containsExactly("/pronunciation-dicts/?limit=25&starting_after=pdict_a",
					"/pronunciation-dicts/?ending_before=pdict%20b");
	}

	@Test
	void createPostsNameAndItemsAndParsesTheDictionary() {
		wireMock.stubFor(any(anyUrl()).willReturn(okJson(PronunciationDictsJson.BRANDS)));
		PronunciationDictCreateRequest request = PronunciationDictCreateRequest.of("Brand names",
				List.of(PronunciationDictItem.of("Cartesia", "kar-TEE-zha"),
						PronunciationDictItem.of("SQL", "sequel").withCaseSensitive(true)));
		StepVerifier.create(this.client.create(request)).assertNext((dict) -> {
			assertThat(dict.id()).isEqualTo("pdict_8f2c41");
			assertThat(dict.name()).isEqualTo("Brand names");
			assertThat(dict.ownerId()).isEqualTo("user_2b7f90");
			assertThat(dict.isPinned()).isFalse();
			assertThat(dict.createdAt()).isEqualTo("2025-08-13T12:00:00Z");
			assertThat(dict.items()).containsExactly(new PronunciationDictItem("Cartesia", "kar-TEE-zha", null),
					new PronunciationDictItem("SQL", "sequel", true));
		}).expectComplete().verify(Duration.ofSeconds(5));
		LoggedRequest recorded = RecordedRequests.only(wireMock);
		assertThat(recorded.getMethod().getName()).isEqualTo("POST");
		assertThat(recorded.getUrl()).isEqualTo("/pronunciation-dicts/");
		assertThat(recorded.getHeader("Content-Type")).startsWith("application/json");
		assertStandardHeaders(recorded, "2025-11-04");
		RecordedRequests.assertJsonBody(recorded, """
				{"name":"Brand names","items":[{"text":"Cartesia","alias":"kar-TEE-zha"},
				 {"text":"SQL","alias":"sequel","case_sensitive":true}]}""");
	}

	@Test
	void createWithoutItemsSendsOnlyTheName() {
		wireMock.stubFor(any(anyUrl()).willReturn(okJson(PronunciationDictsJson.dict("pdict_new"))));
		PronunciationDict dict = this.client.create(PronunciationDictCreateRequest.of("Empty"))
			.block(Duration.ofSeconds(5));
		assertThat(dict.items()).isEmpty();
		RecordedRequests.assertJsonBody(RecordedRequests.only(wireMock), "{\"name\":\"Empty\"}");
	}

	@Test
	void getEncodesTheIdInThePath() {
		wireMock.stubFor(any(anyUrl()).willReturn(okJson(PronunciationDictsJson.BRANDS)));
		StepVerifier.create(this.client.get("pdict/8f 2c"))
			.assertNext((dict) -> assertThat(dict.items()).hasSize(2))
			.expectComplete()
			.verify(Duration.ofSeconds(5));
		LoggedRequest request = RecordedRequests.only(wireMock);
		assertThat(request.getMethod().getName()).isEqualTo("GET");
		assertThat(request.getUrl()).isEqualTo("/pronunciation-dicts/pdict%2F8f%202c");
		assertThat(request.getBodyAsString()).isEmpty();
		assertStandardHeaders(request, "2025-11-04");
	}

	@Test
	void updatePatchesOnlyTheFieldsThatAreSet() {
		wireMock.stubFor(any(anyUrl()).willReturn(okJson(PronunciationDictsJson.BRANDS)));
		this.client.update("pdict_8f2c41", PronunciationDictUpdateRequest.name("Renamed")).block(Duration.ofSeconds(5));
		this.client.update("pdict_8f2c41", PronunciationDictUpdateRequest.items(List.of()))
			.block(Duration.ofSeconds(5));
		this.client
			.update("pdict_8f2c41",
					PronunciationDictUpdateRequest.name("Both")
						.withItems(List.of(PronunciationDictItem.of("GIF", "jif").withCaseSensitive(false))))
			.block(Duration.ofSeconds(5));
		List<LoggedRequest> requests = RecordedRequests.all(wireMock);
		assertThat(requests).hasSize(3).allSatisfy((request) -> {
			assertThat(request.getMethod().getName()).isEqualTo("PATCH");
			assertThat(request.getUrl()).isEqualTo("/pronunciation-dicts/pdict_8f2c41");
			assertStandardHeaders(request, "2025-11-04");
		});
		RecordedRequests.assertJsonBody(requests.get(0), "{\"name\":\"Renamed\"}");
		RecordedRequests.assertJsonBody(requests.get(1), "{\"items\":[]}");
		RecordedRequests.assertJsonBody(requests.get(2),
				"{\"name\":\"Both\",\"items\":[{\"text\":\"GIF\",\"alias\":\"jif\",\"case_sensitive\":false}]}");
	}

	@Test
	void deleteSendsDeleteAndCompletesOnNoContent() {
		wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204)));
		StepVerifier.create(this.client.delete("pdict_8f2c41")).expectComplete().verify(Duration.ofSeconds(5));
		LoggedRequest request = RecordedRequests.only(wireMock);
		assertThat(request.getMethod().getName()).isEqualTo("DELETE");
		assertThat(request.getUrl()).isEqualTo("/pronunciation-dicts/pdict_8f2c41");
		assertThat(request.getBodyAsString()).isEmpty();
		assertStandardHeaders(request, "2025-11-04");
	}

	static void assertStandardHeaders(LoggedRequest request, String version) {
		assertThat(request.getHeader("Cartesia-Version")).isEqualTo(version);
		assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + TestClients.API_KEY);
		assertThat(request.containsHeader("X-API-Key")).isFalse();
	}

}
