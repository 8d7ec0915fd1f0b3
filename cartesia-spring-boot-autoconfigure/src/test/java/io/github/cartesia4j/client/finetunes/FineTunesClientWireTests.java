package io.github.cartesia4j.client.finetunes;

import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import io.github.cartesia4j.client.core.CartesiaBadRequestException;
import io.github.cartesia4j.client.core.CartesiaNotFoundException;
import io.github.cartesia4j.client.core.PageRequest;
import io.github.cartesia4j.testing.RecordedRequests;
import io.github.cartesia4j.testing.TestClients;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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
 * Wire tests of {@link FineTunesClient}.
 */
class FineTunesClientWireTests {

	static final Duration TIMEOUT = Duration.ofSeconds(5);

	static final String FINE_TUNE_JSON = """
			{"id":"ft_42","name":"Support voice","description":"Trained on March calls","language":"en",
			 "model_id":"sonic-3-2026-01-12","dataset":"ds_1","status":"training","progress":0.4}""";

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final FineTunesClient fineTunes = TestClients.client(wireMock.baseUrl()).fineTunes();

	@Test
	void listSendsPagingParametersToTheSlashedCollectionAndParsesThePage() {
		wireMock.stubFor(get(anyUrl()).willReturn(okJson("""
				{"data":[%s],"has_more":false,"next_page":null,"object":"list"}""".formatted(FINE_TUNE_JSON))));
		StepVerifier.create(this.fineTunes.list(new PageRequest(3, "ft_1", null))).assertNext((page) -> {
			assertThat(page.data()).containsExactly(new FineTune("ft_42", "Support voice", "Trained on March calls",
					"en", "sonic-3-2026-01-12", "ds_1", FineTuneStatus.TRAINING, null));
			assertThat(page.hasMore()).isFalse();
		}).expectComplete().verify(TIMEOUT);
		LoggedRequest request = RecordedRequests.only(wireMock);
		assertThat(request.getMethod().getName()).isEqualTo("GET");
		assertThat(request.getUrl()).isEqualTo("/fine-tunes/?limit=3&starting_after=ft_1");
		assertCommonHeaders(request);
	}

	@Test
	void listWithoutArgumentsSendsNoQuery() {
		wireMock.stubFor(get(anyUrl()).willReturn(okJson("{\"data\":[],\"has_more\":false}")));
		StepVerifier.create(this.fineTunes.list()).expectNextCount(1).expectComplete().verify(TIMEOUT);
		assertThat(RecordedRequests.only(wireMock).getUrl()).isEqualTo("/fine-tunes/");
	}

	@Test
	void createPostsEveryRequiredField() {
		wireMock.stubFor(post(anyUrl()).willReturn(okJson(FINE_TUNE_JSON.replace("training", "created"))));
		FineTuneRequest request = FineTuneRequest.builder()
			.name("Support voice")
			.description("Trained on March calls")
			.language("en")
			.modelId(FineTuneRequest.SONIC_3_BASE_MODEL)
			.dataset("ds_1")
			.build();
		StepVerifier.create(this.fineTunes.create(request))
			.assertNext((fineTune) -> assertThat(fineTune.status()).isEqualTo(FineTuneStatus.CREATED))
			.expectComplete()
			.verify(TIMEOUT);
		LoggedRequest recorded = RecordedRequests.only(wireMock);
		assertThat(recorded.getMethod().getName()).isEqualTo("POST");
		assertThat(recorded.getUrl()).isEqualTo("/fine-tunes/");
		assertThat(recorded.getHeader("Content-Type")).startsWith("application/json");
		assertCommonHeaders(recorded);
		RecordedRequests.assertJsonBody(recorded, """
				{"name":"Support voice","description":"Trained on March calls","language":"en",
				 "model_id":"sonic-3-2026-01-12","dataset":"ds_1"}""");
	}

	@Test
	void createSendsTheAccentWhenSet() {
		wireMock.stubFor(post(anyUrl()).willReturn(okJson(FINE_TUNE_JSON.replace("\"progress\"",
				"\"accent\":\"british\",\"progress\""))));
		FineTuneRequest request = FineTuneRequest.builder()
			.name("n")
			.description("")
			.language("en")
			.modelId("sonic-3")
			.dataset("ds_1")
			.accent("british")
			.build();
		StepVerifier.create(this.fineTunes.create(request))
			.assertNext((fineTune) -> assertThat(fineTune.accent()).isEqualTo("british"))
			.expectComplete()
			.verify(TIMEOUT);
		RecordedRequests.assertJsonBody(RecordedRequests.only(wireMock), """
				{"name":"n","description":"","language":"en","model_id":"sonic-3","dataset":"ds_1",
				 "accent":"british"}""");
	}

	@Test
	void getParsesEveryStatusAndToleratesNewOnes() {
		wireMock.stubFor(get(anyUrl()).willReturn(okJson("""
				{"id":"ft_42","status":"queued_for_gpu"}""")));
		StepVerifier.create(this.fineTunes.get("ft/42")).assertNext((fineTune) -> {
			assertThat(fineTune.status()).isEqualTo(FineTuneStatus.UNKNOWN);
			assertThat(fineTune.isTerminal()).isFalse();
			assertThat(fineTune.name()).isNull();
		}).expectComplete().verify(TIMEOUT);
		LoggedRequest request = RecordedRequests.only(wireMock);
		assertThat(request.getMethod().getName()).isEqualTo("GET");
		assertThat(request.getUrl()).isEqualTo("/fine-tunes/ft%2F42");
		assertCommonHeaders(request);
		assertThat(FineTuneStatus.of("completed")).isEqualTo(FineTuneStatus.COMPLETED);
		assertThat(FineTuneStatus.of("FAILED").isTerminal()).isTrue();
		assertThat(FineTuneStatus.of("created").isTerminal()).isFalse();
		assertThat(FineTuneStatus.of(null)).isEqualTo(FineTuneStatus.UNKNOWN);
	}

	@Test
	void deleteSendsDeleteAndCompletesOn204() {
		wireMock.stubFor(delete(anyUrl()).willReturn(noContent()));
		StepVerifier.create(this.fineTunes.delete("ft_42")).expectComplete().verify(TIMEOUT);
		LoggedRequest request = RecordedRequests.only(wireMock);
		assertThat(request.getMethod().getName()).isEqualTo("DELETE");
		assertThat(request.getUrl()).isEqualTo("/fine-tunes/ft_42");
		assertCommonHeaders(request);
	}

	@Test
	void listVoicesParsesVoicesOfEveryVersion() {
		wireMock.stubFor(get(anyUrl()).willReturn(okJson("""
				{"data":[
				 {"id":"v_1","is_owner":true,"is_public":false,"name":"Support voice 1","description":"d",
				  "gender":"feminine","created_at":"2025-08-13T12:00:00Z","language":"en",
				  "locales":[{"locale":"en-US","is_native":true},{"locale":"en-GB","is_native":false}],
				  "country":"US","accent":"General American","embedding_version":3},
				 {"id":"v_2","access":"private","visibility":"owner","is_owner":true,"name":"Support voice 2",
				  "tagline":"","description":"d","gender":null,"created_at":"2025-08-13T12:00:00Z","language":"en",
				  "locales":[],"accent":"general-american"}],
				 "has_more":true,"next_page":"v_2"}""")));
		StepVerifier.create(this.fineTunes.listVoices("ft_42", new PageRequest(2, null, null))).assertNext((page) -> {
			assertThat(page.data()).extracting(FineTuneVoice::id).containsExactly("v_1", "v_2");
			FineTuneVoice first = page.data().get(0);
			assertThat(first.isPublic()).isFalse();
			assertThat(first.gender()).isEqualTo("feminine");
			assertThat(first.locales()).containsExactly(new FineTuneVoiceLocale("en-US", true),
					new FineTuneVoiceLocale("en-GB", false));
			FineTuneVoice second = page.data().get(1);
			assertThat(second.isPublic()).isNull();
			assertThat(second.access()).isEqualTo("private");
			assertThat(second.visibility()).isEqualTo("owner");
			assertThat(second.tagline()).isEmpty();
			assertThat(page.nextPage()).isEqualTo("v_2");
		}).expectComplete().verify(TIMEOUT);
		LoggedRequest request = RecordedRequests.only(wireMock);
		assertThat(request.getMethod().getName()).isEqualTo("GET");
		assertThat(request.getUrl()).isEqualTo("/fine-tunes/ft_42/voices?limit=2");
		assertCommonHeaders(request);
	}

	@Test
	void badRequestBecomesCartesiaBadRequestException() {
		wireMock.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withHeader("X-Request-Id", "req-ft-400")
			.withBody("{\"error_code\":\"invalid_request\",\"title\":\"Invalid request\","
					+ "\"message\":\"dataset not found: ds_gone\"}")));
		FineTuneRequest request = FineTuneRequest.builder()
			.name("n")
			.description("d")
			.language("en")
			.modelId("sonic-3")
			.dataset("ds_gone")
			.build();
		StepVerifier.create(this.fineTunes.create(request)).expectErrorSatisfies((ex) -> {
			assertThat(ex).isInstanceOf(CartesiaBadRequestException.class);
			assertThat(((CartesiaBadRequestException) ex).getRequestId()).isEqualTo("req-ft-400");
			assertThat(((CartesiaBadRequestException) ex).getApiMessage()).contains("dataset");
		}).verify(TIMEOUT);
	}

	@Test
	void notFoundBecomesCartesiaNotFoundException() {
		wireMock.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"title\":\"Not found\",\"message\":\"Fine-tune not found\",\"request_id\":\"req-ft-404\"}")));
		StepVerifier.create(this.fineTunes.listVoices("ft_gone")).expectErrorSatisfies((ex) -> {
			assertThat(ex).isInstanceOf(CartesiaNotFoundException.class);
			assertThat(((CartesiaNotFoundException) ex).getRequestId()).isEqualTo("req-ft-404");
		}).verify(TIMEOUT);
	}

	@Test
	void badArgumentsFailBeforeAnyRequest() {
		wireMock.stubFor(any(anyUrl()).willReturn(noContent()));
		FineTuneRequest.Builder valid = FineTuneRequest.builder()
			.name("n")
			.description("d")
			.language("en")
			.modelId("sonic-3")
			.dataset("ds_1");
		assertThatIllegalArgumentException().isThrownBy(() -> valid.build().toBuilder().name(" ").build())
			.withMessageContaining("'name'");
		assertThatIllegalArgumentException().isThrownBy(() -> valid.build().toBuilder().description(null).build())
			.withMessageContaining("'description'");
		assertThatIllegalArgumentException().isThrownBy(() -> valid.build().toBuilder().language(" ").build())
			.withMessageContaining("'language'");
		assertThatIllegalArgumentException().isThrownBy(() -> valid.build().toBuilder().modelId("").build())
			.withMessageContaining("'model_id'");
		assertThatIllegalArgumentException().isThrownBy(() -> valid.build().toBuilder().dataset(null).build())
			.withMessageContaining("'dataset'");
		assertThatIllegalArgumentException().isThrownBy(() -> valid.build().toBuilder().accent(" ").build())
			.withMessageContaining("'accent'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.fineTunes.create((FineTuneRequest) null))
			.withMessageContaining("'request'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.fineTunes.get(""))
			.withMessageContaining("'id'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.fineTunes.delete(" "))
			.withMessageContaining("'id'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.fineTunes.listVoices(null))
			.withMessageContaining("'id'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.fineTunes.listVoices("ft_42", null))
			.withMessageContaining("'request'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.fineTunes.listAllVoices(" "))
			.withMessageContaining("'id'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.fineTunes.listAll(new PageRequest(null, null, "ft_9")))
			.withMessageContaining("'ending_before'");
		assertThat(RecordedRequests.all(wireMock)).isEmpty();
	}

	static void assertCommonHeaders(LoggedRequest request) {
		assertThat(request.getHeader("Cartesia-Version")).isEqualTo("2025-11-04");
		assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + TestClients.API_KEY);
	}

}
