package io.github.cartesia4j.client.pronunciationdicts;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import io.github.cartesia4j.client.core.CartesiaNotFoundException;
import io.github.cartesia4j.client.core.PageRequest;
import io.github.cartesia4j.testing.RecordedRequests;
import io.github.cartesia4j.testing.TestClients;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PronunciationDictsClientInputWireTests {

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final PronunciationDictsClient client = TestClients.client(wireMock.baseUrl()).pronunciationDicts();

	private boolean expectRequests;

	@AfterEach
	void nothingWasSent() {
		if (!this.expectRequests) {
			assertThat(RecordedRequests.all(wireMock)).isEmpty();
		}
	}

	@Test
	void blankIdsAreRefusedBeforeSending() {
		PronunciationDictUpdateRequest rename = PronunciationDictUpdateRequest.name("x");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.get(" ")).withMessageContaining("'id'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.update("", rename))
			.withMessageContaining("'id'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.delete(null)).withMessageContaining("'id'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.pin("\t")).withMessageContaining("'id'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.unpin("")).withMessageContaining("'id'");
	}

	@Test
	void missingRequestsAreRefusedBeforeSending() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.create((PronunciationDictCreateRequest) null))
			.withMessageContaining("'request'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.update("pdict_1", null))
			.withMessageContaining("'request'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.list(null))
			.withMessageContaining("'request'");
	}

	@Test
	void createRequiresANameAndCompleteItems() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.create(PronunciationDictCreateRequest.of(" ")))
			.withMessageContaining("'name'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.create(PronunciationDictCreateRequest.of("Brands",
					List.of(PronunciationDictItem.of("Cartesia", "kar-TEE-zha"), PronunciationDictItem.of("", "x")))))
			.withMessageContaining("'items[1].text'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.create(
					PronunciationDictCreateRequest.of("Brands", List.of(PronunciationDictItem.of("SQL", " ")))))
			.withMessageContaining("'items[0].alias'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client
				.create(PronunciationDictCreateRequest.of("Brands", Arrays.asList((PronunciationDictItem) null))))
			.withMessageContaining("'items[0]'");
	}

	@Test
	void updateRefusesABlankNameAndIncompleteItems() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.update("pdict_1", PronunciationDictUpdateRequest.name("")))
			.withMessageContaining("'name'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.update("pdict_1",
					PronunciationDictUpdateRequest.items(List.of(new PronunciationDictItem("GIF", null, true)))))
			.withMessageContaining("'items[0].alias'");
	}

	@Test
	void pageRequestsOutOfRangeAreRefusedBeforeSending() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.list(PageRequest.ofSize(0)))
			.withMessageContaining("'limit'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.list(PageRequest.ofSize(101)))
			.withMessageContaining("'limit'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.listAll(new PageRequest(10, null, "pdict_9")))
			.withMessageContaining("'ending_before'");
	}

	@Test
	void notFoundMapsToTypedExceptionWithRequestId() {
		this.expectRequests = true;
		wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error_code\":\"not_found\",\"title\":\"Not found\","
					+ "\"message\":\"Pronunciation dictionary not found: pdict_gone\","
					+ "\"request_id\":\"6f1c7d0a-2b1e-4c55-9a3e-1f2d3c4b5a69\",\"doc_url\":null}")));
		StepVerifier.create(this.client.get("pdict_gone"))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(CartesiaNotFoundException.class,
					(notFound) -> {
						assertThat(notFound.getStatusCode()).isEqualTo(404);
						assertThat(notFound.getRequestId()).isEqualTo("6f1c7d0a-2b1e-4c55-9a3e-1f2d3c4b5a69");
						assertThat(notFound.getApiMessage()).contains("pdict_gone");
						assertThat(notFound.getMessage()).doesNotContain(TestClients.API_KEY);
					}))
			.verify(Duration.ofSeconds(5));
		assertThat(RecordedRequests.only(wireMock).getUrl()).isEqualTo("/pronunciation-dicts/pdict_gone");
	}

}
