package io.github.cartesia4j.client.voices;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.cartesia4j.testing.RecordedRequests;
import io.github.cartesia4j.testing.TestClients;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class VoicesValidationTests {

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final VoicesClient voices = TestClients.client(wireMock.baseUrl()).voices();

	@AfterEach
	void nothingWasSent() {
		assertThat(RecordedRequests.all(wireMock)).isEmpty();
	}

	@Test
	void idsMustNotBeBlank() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.voices.get(" ")).withMessageContaining("'id'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.voices.delete(""))
			.withMessageContaining("'id'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.voices.update(null, VoiceUpdate.builder().name("x").build()))
			.withMessageContaining("'id'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.voices.get("v-1", List.of(" ")))
			.withMessageContaining("'expand[]'");
	}

	@Test
	void listRejectsBadPagesAndListAllRejectsBackwardPaging() {
		assertThatIllegalArgumentException().isThrownBy(() -> VoiceListRequest.builder().limit(0).build())
			.withMessageContaining("'limit'");
		assertThatIllegalArgumentException().isThrownBy(() -> VoiceListRequest.builder().limit(101).build())
			.withMessageContaining("'limit'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> VoiceListRequest.builder().startingAfter("a").endingBefore("b").build())
			.withMessageContaining("'starting_after'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> VoiceListRequest.builder().expand(Arrays.asList("preview_file_url", null)).build())
			.withMessageContaining("'expand[]'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.voices.listAll(VoiceListRequest.builder().endingBefore("v-9").build()))
			.withMessageContaining("'ending_before'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.voices.list(null))
			.withMessageContaining("'request'");
	}

	@Test
	void anUpdateMustChangeSomething() {
		assertThatIllegalArgumentException().isThrownBy(() -> VoiceUpdate.builder().build())
			.withMessageContaining("'name'");
		assertThatIllegalArgumentException().isThrownBy(() -> VoiceUpdate.builder().name(" ").build())
			.withMessageContaining("'name'");
		assertThatIllegalArgumentException().isThrownBy(() -> VoiceUpdate.builder().gender((GenderPresentation) null))
			.withMessageContaining("'gender'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.voices.update("v-1", null))
			.withMessageContaining("'update'");
	}

	@Test
	void cloneNeedsAClipANameAndALanguage() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> VoiceCloneRequest.builder().name("n").language("en").build())
			.withMessageContaining("'clip'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> VoiceCloneRequest.builder().clip(new byte[0], "empty.wav"))
			.withMessageContaining("'clip'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> VoiceCloneRequest.builder().clip(Path.of("does", "not", "exist.wav")))
			.withMessageContaining("'clip'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> VoiceCloneRequest.builder().clip(new byte[] { 1 }, "a.wav").language("en").build())
			.withMessageContaining("'name'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> VoiceCloneRequest.builder().clip(new byte[] { 1 }, "a.wav").name("n").build())
			.withMessageContaining("'language'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.voices.clone(null))
			.withMessageContaining("'request'");
	}

	@Test
	void localizeChecksTheDialectAgainstTheLanguage() {
		VoiceLocalizeRequest.Builder base = VoiceLocalizeRequest.builder()
			.voiceId(TestClients.VOICE_ID)
			.name("Localized")
			.description("d")
			.originalSpeakerGender(SpeakerGender.FEMALE);
		assertThatIllegalArgumentException().isThrownBy(() -> base.language("en").dialect("mx").build())
			.withMessageContaining("'dialect'")
			.withMessageContaining("au, in, so, uk, us");
		assertThatIllegalArgumentException().isThrownBy(() -> base.language("ja").dialect("uk").build())
			.withMessageContaining("'dialect'");
		assertThatIllegalArgumentException().isThrownBy(() -> base.language(null).dialect(null).build())
			.withMessageContaining("'language'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> base.language("es").voiceId(" ").build())
			.withMessageContaining("'voice_id'");
		assertThat(base.voiceId("v").language("pt").dialect("eu").build().dialect()).isEqualTo("eu");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> EmbeddingLocalizeRequest.of(List.of(), "en", SpeakerGender.MALE))
			.withMessageContaining("'embedding'");
	}

	@Test
	void legacyRequestsNeedEmbeddingsAndWeights() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> VoiceCreateRequest.builder().name("n").description("d").embedding(List.of()).build())
			.withMessageContaining("'embedding'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> VoiceCreateRequest.builder().name("n").description("d")
				.embedding(List.of(Double.NaN)).build())
			.withMessageContaining("'embedding'");
		assertThatIllegalArgumentException().isThrownBy(() -> VoiceMixRequest.of())
			.withMessageContaining("'voices'");
		assertThatIllegalArgumentException().isThrownBy(() -> new MixVoice("v", List.of(1.0), 1))
			.withMessageContaining("'voices[].id'");
		assertThatIllegalArgumentException().isThrownBy(() -> MixVoice.id("v", -1))
			.withMessageContaining("'voices[].weight'");
	}

}
