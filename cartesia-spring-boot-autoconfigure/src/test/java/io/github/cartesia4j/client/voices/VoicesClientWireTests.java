package io.github.cartesia4j.client.voices;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import io.github.cartesia4j.client.core.CartesiaNotFoundException;
import io.github.cartesia4j.client.core.RequestOptions;
import io.github.cartesia4j.testing.RecordedRequests;
import io.github.cartesia4j.testing.TestClients;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

class VoicesClientWireTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final VoicesClient voices = TestClients.client(wireMock.baseUrl()).voices();

	@Test
	void listSendsEveryFilterAndReadsThePage() {
		wireMock.stubFor(any(anyUrl()).willReturn(okJson(VoiceJson.page(true, "v-2",
				VoiceJson.voice("v-1", "Barbershop Man"), VoiceJson.voice("v-2", "Sarah")))));
		VoiceListRequest request = VoiceListRequest.builder()
			.limit(2)
			.startingAfter("v-0")
			.q("barber shop")
			.isOwner(false)
			.isStarred(true)
			.gender(GenderPresentation.GENDER_NEUTRAL)
			.expand(VoiceExpand.PREVIEW_FILE_URL, VoiceExpand.IS_STARRED)
			.language("en-GB")
			.build();
		StepVerifier.create(this.voices.list(request)).assertNext((page) -> {
			assertThat(page.data()).extracting(Voice::id).containsExactly("v-1", "v-2");
			assertThat(page.hasMore()).isTrue();
			assertThat(page.nextPage()).isEqualTo("v-2");
			Voice first = page.data().get(0);
			assertThat(first.name()).isEqualTo("Barbershop Man");
			assertThat(first.isOwner()).isFalse();
			assertThat(first.isPublic()).isTrue();
			assertThat(first.genderPresentation()).isEqualTo(GenderPresentation.MASCULINE);
			assertThat(first.createdAt()).isEqualTo(Instant.parse("2024-05-04T18:59:01.417Z"));
			assertThat(first.locales()).containsExactly(new VoiceLocale("en-US", true), new VoiceLocale("en-GB", false));
			assertThat(first.country()).isEqualTo("US");
			assertThat(first.accent()).isEqualTo("American");
			assertThat(first.previewFileUrl()).isNull();
			assertThat(first.embedding()).isNull();
		}).expectComplete().verify(TIMEOUT);
		LoggedRequest sent = RecordedRequests.only(wireMock);
		assertThat(sent.getMethod().getName()).isEqualTo("GET");
		assertThat(sent.getUrl()).isEqualTo("/voices?limit=2&starting_after=v-0&q=barber%20shop&is_owner=false"
				+ "&is_starred=true&gender=gender_neutral&expand%5B%5D=preview_file_url&expand%5B%5D=is_starred"
				+ "&language=en-GB");
		assertThat(sent.getHeader("Cartesia-Version")).isEqualTo("2025-11-04");
		assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer " + TestClients.API_KEY);
	}

	@Test
	void listWithoutFiltersSendsNoQuery() {
		wireMock.stubFor(any(anyUrl()).willReturn(okJson(VoiceJson.page(false, null))));
		StepVerifier.create(this.voices.list()).assertNext((page) -> {
			assertThat(page.data()).isEmpty();
			assertThat(page.hasMore()).isFalse();
		}).expectComplete().verify(TIMEOUT);
		assertThat(RecordedRequests.only(wireMock).getUrl()).isEqualTo("/voices");
	}

	@Test
	void listOnLegacyVersionReadsTheBareArrayAsOneLastPage() {
		wireMock.stubFor(any(anyUrl()).willReturn(okJson("""
				[{"id":"v-1","user_id":"user_1","is_public":true,"name":"Barbershop Man","description":"Warm",
				  "created_at":"2024-05-04T18:59:01Z","embedding":[0.25,-0.5,1.0],"language":"en","extra":true},
				 {"id":"v-2","user_id":null,"is_public":true,"name":"Sarah","description":"Bright",
				  "created_at":"2024-05-05T10:00:00Z","embedding":[0.1,0.2,0.3],"language":"en"}]
				""")));
		VoicesClient legacy = this.voices.withOptions(RequestOptions.builder().apiVersion("2024-06-10").build());
		StepVerifier.create(legacy.list()).assertNext((page) -> {
			assertThat(page.data()).extracting(Voice::id).containsExactly("v-1", "v-2");
			assertThat(page.data().get(0).userId()).isEqualTo("user_1");
			assertThat(page.data().get(0).embedding()).containsExactly(0.25, -0.5, 1.0);
			assertThat(page.hasMore()).isFalse();
			assertThat(page.nextPage()).isNull();
		}).expectComplete().verify(TIMEOUT);
		LoggedRequest sent = RecordedRequests.only(wireMock);
		assertThat(sent.getUrl()).isEqualTo("/voices");
		assertThat(sent.getHeader("Cartesia-Version")).isEqualTo("2024-06-10");
		assertThat(sent.getHeader("X-API-Key")).isEqualTo(TestClients.API_KEY);
	}

	@Test
	void listAllOnLegacyVersionStopsAfterTheBareArray() {
		wireMock.stubFor(any(anyUrl()).willReturn(okJson("[" + VoiceJson.voice("v-1", "A") + ","
				+ VoiceJson.voice("v-2", "B") + "]")));
		VoicesClient legacy = this.voices.withOptions(RequestOptions.builder().apiVersion("2024-06-10").build());
		StepVerifier.create(legacy.listAll().map(Voice::id))
			.expectNext("v-1", "v-2")
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(RecordedRequests.all(wireMock)).hasSize(1);
	}

	@Test
	void getEncodesTheIdAndReadsTheVoice() {
		wireMock.stubFor(any(anyUrl()).willReturn(okJson(VoiceJson.voice(VoiceJson.BARBERSHOP_ID, "Barbershop Man"))));
		StepVerifier.create(this.voices.get(VoiceJson.BARBERSHOP_ID))
			.assertNext((voice) -> assertThat(voice.name()).isEqualTo("Barbershop Man"))
			.expectComplete()
			.verify(TIMEOUT);
		LoggedRequest sent = RecordedRequests.only(wireMock);
		assertThat(sent.getMethod().getName()).isEqualTo("GET");
		assertThat(sent.getUrl()).isEqualTo("/voices/" + VoiceJson.BARBERSHOP_ID);
		assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer " + TestClients.API_KEY);
	}

	@Test
	void getWithExpandSendsOneParameterPerValueAndEncodesOddIds() {
		wireMock.stubFor(any(anyUrl()).willReturn(okJson("""
				{"id":"a/b c","is_owner":true,"is_public":false,"name":"Mine","description":"",
				 "gender":null,"created_at":"2025-01-01T00:00:00Z","language":"fr",
				 "preview_file_url":"https://files.cartesia.ai/previews/a.wav","locales":[]}
				""")));
		StepVerifier.create(this.voices.get("a/b c", List.of(VoiceExpand.PREVIEW_FILE_URL)))
			.assertNext((voice) -> {
				assertThat(voice.previewFileUrl()).isEqualTo("https://files.cartesia.ai/previews/a.wav");
				assertThat(voice.gender()).isNull();
				assertThat(voice.genderPresentation()).isNull();
			})
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(RecordedRequests.only(wireMock).getUrl()).isEqualTo("/voices/a%2Fb%20c?expand%5B%5D=preview_file_url");
	}

	@Test
	void updateSendsOnlyTheGivenFields() {
		wireMock.stubFor(any(anyUrl()).willReturn(okJson(VoiceJson.voice("v-1", "Sarah Peninsular Spanish"))));
		VoiceUpdate update = VoiceUpdate.builder()
			.name("Sarah Peninsular Spanish")
			.description("Sarah Voice in Peninsular Spanish")
			.gender(GenderPresentation.FEMININE)
			.accent("castilian")
			.build();
		StepVerifier.create(this.voices.update("v-1", update))
			.assertNext((voice) -> assertThat(voice.name()).isEqualTo("Sarah Peninsular Spanish"))
			.expectComplete()
			.verify(TIMEOUT);
		LoggedRequest sent = RecordedRequests.only(wireMock);
		assertThat(sent.getMethod().getName()).isEqualTo("PATCH");
		assertThat(sent.getUrl()).isEqualTo("/voices/v-1");
		assertThat(sent.getHeader("Content-Type")).startsWith("application/json");
		RecordedRequests.assertJsonBody(sent, """
				{"name":"Sarah Peninsular Spanish","description":"Sarah Voice in Peninsular Spanish",
				 "gender":"feminine","accent":"castilian"}
				""");
	}

	@Test
	void updateResettingTheGenderSendsAnExplicitNull() {
		wireMock.stubFor(any(anyUrl()).willReturn(okJson(VoiceJson.voice("v-1", "Sarah"))));
		StepVerifier.create(this.voices.update("v-1", VoiceUpdate.builder().resetGender().build()))
			.expectNextCount(1)
			.expectComplete()
			.verify(TIMEOUT);
		LoggedRequest sent = RecordedRequests.only(wireMock);
		assertThat(sent.getBodyAsString()).isEqualTo("{\"gender\":null}");
	}

	@Test
	void updateLeavingTheGenderUnchangedDoesNotSendIt() {
		wireMock.stubFor(any(anyUrl()).willReturn(okJson(VoiceJson.voice("v-1", "Sarah"))));
		StepVerifier.create(this.voices.update("v-1", VoiceUpdate.builder().description("Calmer").build()))
			.expectNextCount(1)
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(RecordedRequests.only(wireMock).getBodyAsString()).isEqualTo("{\"description\":\"Calmer\"}");
	}

	@Test
	void deleteExpectsNoContent() {
		wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204)));
		StepVerifier.create(this.voices.delete("v-1")).expectComplete().verify(TIMEOUT);
		LoggedRequest sent = RecordedRequests.only(wireMock);
		assertThat(sent.getMethod().getName()).isEqualTo("DELETE");
		assertThat(sent.getUrl()).isEqualTo("/voices/v-1");
		assertThat(sent.getHeader("Cartesia-Version")).isEqualTo("2025-11-04");
		assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer " + TestClients.API_KEY);
	}

	@Test
	void unknownVoiceFailsWithNotFoundAndTheRequestId() {
		wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"error_code":"voice_not_found","title":"Not found","message":"Voice not found: nope",
					 "request_id":"0b5c6a36-3c54-4d2e-9f1e-2a7c8f0d1e22","doc_url":null}
					""")));
		StepVerifier.create(this.voices.get("nope")).expectErrorSatisfies((ex) -> {
			assertThat(ex).isInstanceOf(CartesiaNotFoundException.class);
			CartesiaNotFoundException notFound = (CartesiaNotFoundException) ex;
			assertThat(notFound.getStatusCode()).isEqualTo(404);
			assertThat(notFound.getErrorCode()).isEqualTo("voice_not_found");
			assertThat(notFound.getRequestId()).isEqualTo("0b5c6a36-3c54-4d2e-9f1e-2a7c8f0d1e22");
			assertThat(notFound.getApiMessage()).isEqualTo("Voice not found: nope");
		}).verify(TIMEOUT);
	}

}
