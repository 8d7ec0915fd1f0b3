package io.github.cartesia4j.client.voices;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import io.github.cartesia4j.testing.RecordedRequests;
import io.github.cartesia4j.testing.TestClients;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

class VoicesCloneWireTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private static final byte[] CLIP = "RIFF....WAVEfmt fake clip".getBytes(StandardCharsets.US_ASCII);

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final VoicesClient voices = TestClients.client(wireMock.baseUrl()).voices();

	@TempDir
	Path directory;

	@Test
	void cloneSendsTheClipAndEveryFieldAsParts() {
		wireMock.stubFor(any(anyUrl()).willReturn(okJson(VoiceJson.metadata("v-new", "My clone", "en"))));
		VoiceCloneRequest request = VoiceCloneRequest.builder()
			.clip(CLIP, "sample.wav")
			.name("My clone")
			.description("Copied from Cartesia docs")
			.language("en")
			.mode(CloneMode.STABILITY)
			.enhance(true)
			.baseVoiceId(VoiceJson.BARBERSHOP_ID)
			.accent("general-american")
			.build();
		StepVerifier.create(this.voices.clone(request)).assertNext((voice) -> {
			assertThat(voice.id()).isEqualTo("v-new");
			assertThat(voice.userId()).isEqualTo("user_2b8f");
			assertThat(voice.isPublic()).isFalse();
			assertThat(voice.name()).isEqualTo("My clone");
			assertThat(voice.createdAt()).isEqualTo(Instant.parse("2025-08-13T12:00:00Z"));
			assertThat(voice.language()).isEqualTo("en");
		}).expectComplete().verify(TIMEOUT);
		LoggedRequest sent = RecordedRequests.only(wireMock);
		assertThat(sent.getMethod().getName()).isEqualTo("POST");
		assertThat(sent.getUrl()).isEqualTo("/voices/clone");
		assertThat(sent.getHeader("Content-Type")).startsWith("multipart/form-data;");
		assertThat(sent.getHeader("Cartesia-Version")).isEqualTo("2025-11-04");
		assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer " + TestClients.API_KEY);
		assertThat(sent.getParts()).extracting(Request.Part::getName)
			.containsExactly("clip", "name", "description", "language", "mode", "enhance", "base_voice_id", "accent");
		Request.Part clip = sent.getPart("clip");
		assertThat(clip.getFileName()).isEqualTo("sample.wav");
		assertThat(clip.getHeader("Content-Type").firstValue()).isEqualTo("audio/wav");
		assertThat(clip.getBody().asBytes()).isEqualTo(CLIP);
		assertThat(text(sent, "name")).isEqualTo("My clone");
		assertThat(text(sent, "description")).isEqualTo("Copied from Cartesia docs");
		assertThat(text(sent, "language")).isEqualTo("en");
		assertThat(text(sent, "mode")).isEqualTo("stability");
		assertThat(text(sent, "enhance")).isEqualTo("true");
		assertThat(text(sent, "base_voice_id")).isEqualTo(VoiceJson.BARBERSHOP_ID);
		assertThat(text(sent, "accent")).isEqualTo("general-american");
	}

	@Test
	void cloneFromAFileSendsOnlyTheRequiredParts() throws Exception {
		wireMock.stubFor(any(anyUrl()).willReturn(okJson(VoiceJson.metadata("v-new", "From disk", "de"))));
		Path file = Files.write(this.directory.resolve("stimme.mp3"), CLIP);
		VoiceCloneRequest request = VoiceCloneRequest.builder().clip(file).name("From disk").language("de").build();
		StepVerifier.create(this.voices.clone(request))
			.assertNext((voice) -> assertThat(voice.language()).isEqualTo("de"))
			.expectComplete()
			.verify(TIMEOUT);
		LoggedRequest sent = RecordedRequests.only(wireMock);
		assertThat(sent.getParts()).extracting(Request.Part::getName).containsExactly("clip", "name", "language");
		Request.Part clip = sent.getPart("clip");
		assertThat(clip.getFileName()).isEqualTo("stimme.mp3");
		assertThat(clip.getHeader("Content-Type").firstValue()).isEqualTo("audio/mpeg");
		assertThat(clip.getBody().asBytes()).isEqualTo(CLIP);
	}

	@Test
	void cloneFromAStreamSendsTheChunksAsOneFile() {
		wireMock.stubFor(any(anyUrl()).willReturn(okJson(VoiceJson.metadata("v-new", "Streamed", "en"))));
		Flux<byte[]> chunks = Flux.just("first-".getBytes(StandardCharsets.US_ASCII),
				"second".getBytes(StandardCharsets.US_ASCII));
		VoiceCloneRequest request = VoiceCloneRequest.builder()
			.clip(chunks, "take.flac")
			.name("Streamed")
			.language("en")
			.build();
		StepVerifier.create(this.voices.clone(request)).expectNextCount(1).expectComplete().verify(TIMEOUT);
		Request.Part clip = RecordedRequests.only(wireMock).getPart("clip");
		assertThat(clip.getFileName()).isEqualTo("take.flac");
		assertThat(clip.getHeader("Content-Type").firstValue()).isEqualTo("audio/flac");
		assertThat(clip.getBody().asString()).isEqualTo("first-second");
	}

	@Test
	void localizeSendsTheJsonBody() {
		wireMock.stubFor(any(anyUrl()).willReturn(okJson(VoiceJson.metadata("v-es", "Sarah Peruvian Spanish", "es"))));
		VoiceLocalizeRequest request = VoiceLocalizeRequest.builder()
			.voiceId(VoiceJson.BARBERSHOP_ID)
			.name("Sarah Peruvian Spanish")
			.description("Sarah Voice in Peruvian Spanish")
			.language("es")
			.originalSpeakerGender(SpeakerGender.FEMALE)
			.dialect("pe")
			.build();
		StepVerifier.create(this.voices.localize(request)).assertNext((voice) -> {
			assertThat(voice.id()).isEqualTo("v-es");
			assertThat(voice.language()).isEqualTo("es");
		}).expectComplete().verify(TIMEOUT);
		LoggedRequest sent = RecordedRequests.only(wireMock);
		assertThat(sent.getMethod().getName()).isEqualTo("POST");
		assertThat(sent.getUrl()).isEqualTo("/voices/localize");
		assertThat(sent.getHeader("Cartesia-Version")).isEqualTo("2025-11-04");
		assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer " + TestClients.API_KEY);
		RecordedRequests.assertJsonBody(sent, """
				{"voice_id":"694f9389-aac1-45b6-b726-9d9369183238","name":"Sarah Peruvian Spanish",
				 "description":"Sarah Voice in Peruvian Spanish","language":"es","original_speaker_gender":"female",
				 "dialect":"pe"}
				""");
	}

	@Test
	void localizeWithAnAccentReadsTheNewestMetadata() {
		wireMock.stubFor(any(anyUrl()).willReturn(okJson("""
				{"id":"v-south","user_id":"user_2b8f","access":"private","visibility":"owner","tagline":"Howdy",
				 "name":"Southern Sarah","description":"","created_at":"2026-08-20T08:30:00Z","language":"en"}
				""")));
		VoiceLocalizeRequest request = VoiceLocalizeRequest.builder()
			.voiceId("v-1")
			.name("Southern Sarah")
			.accent("southern-us")
			.tagline("Howdy")
			.build();
		StepVerifier.create(this.voices.localize(request)).assertNext((voice) -> {
			assertThat(voice.access()).isEqualTo("private");
			assertThat(voice.visibility()).isEqualTo("owner");
			assertThat(voice.tagline()).isEqualTo("Howdy");
			assertThat(voice.isPublic()).isNull();
		}).expectComplete().verify(TIMEOUT);
		RecordedRequests.assertJsonBody(RecordedRequests.only(wireMock), """
				{"voice_id":"v-1","name":"Southern Sarah","accent":"southern-us","tagline":"Howdy"}
				""");
	}

	@Test
	void localizeEmbeddingSendsTheLegacyBodyAndReadsTheEmbedding() {
		wireMock.stubFor(any(anyUrl()).willReturn(okJson("{\"embedding\":[0.5,-0.25],\"note\":\"x\"}")));
		EmbeddingLocalizeRequest request = EmbeddingLocalizeRequest.builder()
			.embedding(List.of(1.0, 0.0))
			.language("en")
			.originalSpeakerGender(SpeakerGender.MALE)
			.dialect("au")
			.build();
		StepVerifier.create(this.voices.localizeEmbedding(request))
			.assertNext((response) -> assertThat(response.embedding()).containsExactly(0.5, -0.25))
			.expectComplete()
			.verify(TIMEOUT);
		LoggedRequest sent = RecordedRequests.only(wireMock);
		assertThat(sent.getUrl()).isEqualTo("/voices/localize");
		RecordedRequests.assertJsonBody(sent, """
				{"embedding":[1.0,0.0],"language":"en","original_speaker_gender":"male","dialect":"au"}
				""");
	}

	private static String text(LoggedRequest request, String name) {
		return request.getPart(name).getBody().asString();
	}

}
