package io.github.cartesia4j.client.voices;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import io.github.cartesia4j.client.CartesiaClient;
import io.github.cartesia4j.client.core.CartesiaNotFoundException;
import io.github.cartesia4j.client.core.CartesiaPermissionDeniedException;
import io.github.cartesia4j.client.core.Page;
import io.github.cartesia4j.client.core.RequestOptions;
import io.github.cartesia4j.test.simulator.CartesiaSimulator;
import io.github.cartesia4j.testing.TestClients;

import static org.assertj.core.api.Assertions.assertThat;

class VoicesSimulatorTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private static final byte[] CLIP = "RIFF-not-really-a-wav-but-non-empty".getBytes(StandardCharsets.US_ASCII);

	@Test
	void cloneListGetUpdateSpeakLocalizeAndDelete() {
		try (CartesiaSimulator simulator = CartesiaSimulator.start()) {
			CartesiaClient client = TestClients.client(simulator.baseUrl());
			VoicesClient voices = client.voices();
			VoiceMetadata clone = one(voices.clone(VoiceCloneRequest.builder()
				.clip(CLIP, "me.wav")
				.name("My Voice")
				.description("Recorded at my desk")
				.language("en")
				.build()));
			assertThat(clone.name()).isEqualTo("My Voice");
			assertThat(clone.isPublic()).isFalse();
			assertThat(clone.userId()).isNotBlank();
			assertThat(clone.createdAt()).isNotNull();
			Page<Voice> mine = one(voices.list(VoiceListRequest.builder().isOwner(true).build()));
			assertThat(mine.data()).extracting(Voice::id).containsExactly(clone.id());
			assertThat(mine.hasMore()).isFalse();
			Voice fetched = one(voices.get(clone.id(), List.of(VoiceExpand.PREVIEW_FILE_URL)));
			assertThat(fetched.isOwner()).isTrue();
			assertThat(fetched.language()).isEqualTo("en");
			assertThat(fetched.locales()).containsExactly(new VoiceLocale("en-US", true));
			assertThat(fetched.previewFileUrl()).isEqualTo(simulator.baseUrl() + "/voices/" + clone.id() + "/preview");
			Voice renamed = one(voices.update(clone.id(),
					VoiceUpdate.builder().name("My Calm Voice").gender(GenderPresentation.FEMININE).build()));
			assertThat(renamed.name()).isEqualTo("My Calm Voice");
			assertThat(renamed.description()).isEqualTo("Recorded at my desk");
			assertThat(renamed.genderPresentation()).isEqualTo(GenderPresentation.FEMININE);
			Voice reset = one(voices.update(clone.id(), VoiceUpdate.builder().resetGender().build()));
			assertThat(reset.gender()).isNull();
			assertThat(reset.name()).isEqualTo("My Calm Voice");
			byte[] speech = one(client.tts().bytesToArray(TestClients.request().voiceId(clone.id()).build()));
			assertThat(new String(speech, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
			VoiceMetadata spanish = one(voices.localize(VoiceLocalizeRequest.builder()
				.voiceId(clone.id())
				.name("Mi Voz")
				.description("My voice in Mexican Spanish")
				.language("es")
				.originalSpeakerGender(SpeakerGender.FEMALE)
				.dialect("mx")
				.build()));
			assertThat(spanish.language()).isEqualTo("es");
			Voice localized = one(voices.get(spanish.id()));
			assertThat(localized.locales()).containsExactly(new VoiceLocale("es-MX", true));
			assertThat(localized.isOwner()).isTrue();
			StepVerifier.create(voices.listAll(VoiceListRequest.builder().isOwner(true).build()).map(Voice::name))
				.expectNext("My Calm Voice", "Mi Voz")
				.expectComplete()
				.verify(TIMEOUT);
			StepVerifier.create(voices.delete(clone.id()).then(voices.delete(spanish.id())))
				.expectComplete()
				.verify(TIMEOUT);
			StepVerifier.create(voices.get(clone.id()))
				.expectError(CartesiaNotFoundException.class)
				.verify(TIMEOUT);
			assertThat(one(voices.list(VoiceListRequest.builder().isOwner(true).build())).data()).isEmpty();
		}
	}

	@Test
	void theSeededLibrarySpansSeveralPagesAndFilters() {
		try (CartesiaSimulator simulator = CartesiaSimulator.start()) {
			VoicesClient voices = TestClients.client(simulator.baseUrl()).voices();
			Page<Voice> first = one(voices.list());
			assertThat(first.data()).hasSize(10);
			assertThat(first.hasMore()).isTrue();
			assertThat(first.data().get(0).id()).isEqualTo(TestClients.VOICE_ID);
			assertThat(first.data().get(0).name()).isEqualTo("Barbershop Man");
			List<Voice> all = many(voices.listAll());
			assertThat(all).hasSizeGreaterThanOrEqualTo(25);
			assertThat(all).extracting(Voice::id).doesNotHaveDuplicates();
			assertThat(all).extracting(Voice::language).contains("en", "fr", "de", "es", "ja", "zh");
			assertThat(simulator.requests()).filteredOn((request) -> request.path().equals("/voices")).hasSize(4);
			List<Voice> feminine = many(voices.listAll(VoiceListRequest.builder()
				.gender(GenderPresentation.FEMININE)
				.limit(3)
				.build()));
			assertThat(feminine).hasSizeGreaterThan(3)
				.allSatisfy((voice) -> assertThat(voice.gender()).isEqualTo("feminine"));
			assertThat(many(voices.listAll(VoiceListRequest.builder().language("fr").build())))
				.extracting(Voice::name)
				.containsExactly("French Conversational Lady", "Québécois Man");
			assertThat(many(voices.listAll(VoiceListRequest.builder().language("fr_CA").build())))
				.extracting(Voice::name)
				.containsExactly("Québécois Man");
			assertThat(many(voices.listAll(VoiceListRequest.builder().q("BARBERSHOP").build())))
				.extracting(Voice::id)
				.containsExactly(TestClients.VOICE_ID);
			assertThat(many(voices.listAll(VoiceListRequest.builder().q("narration").build())))
				.extracting(Voice::name)
				.contains("Calm Narrator", "Spanish Narrator Woman");
		}
	}

	@Test
	void publicVoicesCannotBeChanged() {
		try (CartesiaSimulator simulator = CartesiaSimulator.start()) {
			VoicesClient voices = TestClients.client(simulator.baseUrl()).voices();
			StepVerifier.create(voices.update(TestClients.VOICE_ID, VoiceUpdate.builder().name("Mine now").build()))
				.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(CartesiaPermissionDeniedException.class)
					.hasMessageContaining("only voices you own"))
				.verify(TIMEOUT);
			StepVerifier.create(voices.delete(TestClients.VOICE_ID))
				.expectError(CartesiaPermissionDeniedException.class)
				.verify(TIMEOUT);
			assertThat(one(voices.get(TestClients.VOICE_ID)).name()).isEqualTo("Barbershop Man");
		}
	}

	@Test
	void legacyVersionsListABareArrayAndMixAndCreateFromEmbeddings() {
		try (CartesiaSimulator simulator = CartesiaSimulator.start()) {
			VoicesClient voices = TestClients.client(simulator.baseUrl()).voices();
			VoicesClient v20240610 = voices.withOptions(RequestOptions.builder().apiVersion("2024-06-10").build());
			Page<Voice> everything = one(v20240610.list());
			assertThat(everything.data()).hasSizeGreaterThanOrEqualTo(25);
			assertThat(everything.hasMore()).isFalse();
			assertThat(everything.data().get(0).embedding()).hasSize(192);
			assertThat(everything.data().get(0).isPublic()).isTrue();
			VoicesClient v20241113 = voices.withOptions(RequestOptions.builder().apiVersion("2024-11-13").build());
			EmbeddingResponse mixed = one(v20241113.mix(VoiceMixRequest.of(MixVoice.id(TestClients.VOICE_ID, 0.6),
					MixVoice.embedding(everything.data().get(1).embedding(), 0.4))));
			assertThat(mixed.embedding()).hasSize(192);
			Voice created = one(v20241113.create(VoiceCreateRequest.builder()
				.name("Barbershop Sarah")
				.description("Sixty-forty")
				.embedding(mixed.embedding())
				.build()));
			assertThat(created.embedding()).isEqualTo(mixed.embedding());
			assertThat(one(voices.get(created.id())).isOwner()).isTrue();
			EmbeddingResponse localized = one(v20240610.localizeEmbedding(
					EmbeddingLocalizeRequest.of(mixed.embedding(), "fr", SpeakerGender.FEMALE)));
			assertThat(localized.embedding()).hasSize(192).isNotEqualTo(mixed.embedding());
			StepVerifier.create(voices.mix(VoiceMixRequest.of(MixVoice.id(TestClients.VOICE_ID, 1))))
				.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(CartesiaNotFoundException.class)
					.hasMessageContaining("2024-11-13"))
				.verify(TIMEOUT);
		}
	}

	private static <T> T one(Mono<T> mono) {
		AtomicReference<T> value = new AtomicReference<>();
		StepVerifier.create(mono).consumeNextWith(value::set).expectComplete().verify(TIMEOUT);
		return value.get();
	}

	private static <T> List<T> many(reactor.core.publisher.Flux<T> flux) {
		return one(flux.collectList());
	}

}
