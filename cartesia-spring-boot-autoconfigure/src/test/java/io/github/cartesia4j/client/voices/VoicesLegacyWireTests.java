package io.github.cartesia4j.client.voices;

import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import io.github.cartesia4j.client.core.RequestOptions;
import io.github.cartesia4j.testing.RecordedRequests;
import io.github.cartesia4j.testing.TestClients;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

class VoicesLegacyWireTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final VoicesClient legacy = TestClients.client(wireMock.baseUrl())
		.voices()
		.withOptions(RequestOptions.builder().apiVersion("2024-11-13").build());

	@Test
	void createPostsTheEmbeddingToTheCollectionPathWithItsTrailingSlash() {
		wireMock.stubFor(any(anyUrl()).willReturn(okJson("""
				{"id":"v-made","user_id":"user_2b8f","is_public":false,"name":"Mixed","description":"Half and half",
				 "created_at":"2024-11-20T09:15:00Z","embedding":[0.1,0.2,0.3],"language":"en","unused":1}
				""")));
		VoiceCreateRequest request = VoiceCreateRequest.builder()
			.name("Mixed")
			.description("Half and half")
			.embedding(List.of(0.1, 0.2, 0.3))
			.language("en")
			.baseVoiceId(VoiceJson.BARBERSHOP_ID)
			.build();
		StepVerifier.create(this.legacy.create(request)).assertNext((voice) -> {
			assertThat(voice.id()).isEqualTo("v-made");
			assertThat(voice.userId()).isEqualTo("user_2b8f");
			assertThat(voice.embedding()).containsExactly(0.1, 0.2, 0.3);
		}).expectComplete().verify(TIMEOUT);
		LoggedRequest sent = RecordedRequests.only(wireMock);
		assertThat(sent.getMethod().getName()).isEqualTo("POST");
		assertThat(sent.getUrl()).isEqualTo("/voices/");
		assertThat(sent.getHeader("Cartesia-Version")).isEqualTo("2024-11-13");
		assertThat(sent.getHeader("X-API-Key")).isEqualTo(TestClients.API_KEY);
		assertThat(sent.containsHeader("Authorization")).isFalse();
		RecordedRequests.assertJsonBody(sent, """
				{"name":"Mixed","description":"Half and half","embedding":[0.1,0.2,0.3],"language":"en",
				 "base_voice_id":"694f9389-aac1-45b6-b726-9d9369183238"}
				""");
	}

	@Test
	void mixSendsVoicesByIdAndByEmbedding() {
		wireMock.stubFor(any(anyUrl()).willReturn(okJson("{\"embedding\":[0.4,0.6],\"took_ms\":12}")));
		VoiceMixRequest request = VoiceMixRequest.of(MixVoice.id(VoiceJson.BARBERSHOP_ID, 0.75),
				MixVoice.embedding(List.of(1.0, -1.0), 0.25));
		StepVerifier.create(this.legacy.mix(request))
			.assertNext((response) -> assertThat(response.embedding()).containsExactly(0.4, 0.6))
			.expectComplete()
			.verify(TIMEOUT);
		LoggedRequest sent = RecordedRequests.only(wireMock);
		assertThat(sent.getMethod().getName()).isEqualTo("POST");
		assertThat(sent.getUrl()).isEqualTo("/voices/mix");
		assertThat(sent.getHeader("Cartesia-Version")).isEqualTo("2024-11-13");
		assertThat(sent.getHeader("X-API-Key")).isEqualTo(TestClients.API_KEY);
		RecordedRequests.assertJsonBody(sent, """
				{"voices":[{"id":"694f9389-aac1-45b6-b726-9d9369183238","weight":0.75},
				           {"embedding":[1.0,-1.0],"weight":0.25}]}
				""");
	}

}
