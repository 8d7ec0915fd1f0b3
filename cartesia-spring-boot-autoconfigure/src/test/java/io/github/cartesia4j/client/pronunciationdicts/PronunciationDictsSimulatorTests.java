package io.github.cartesia4j.client.pronunciationdicts;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import io.github.cartesia4j.client.core.CartesiaBadRequestException;
import io.github.cartesia4j.client.core.CartesiaNotFoundException;
import io.github.cartesia4j.client.core.PageRequest;
import io.github.cartesia4j.client.core.RequestOptions;
import io.github.cartesia4j.test.simulator.CartesiaSimulator;
import io.github.cartesia4j.testing.TestClients;

import static org.assertj.core.api.Assertions.assertThat;

class PronunciationDictsSimulatorTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	@Test
	void createListGetUpdatePinDeleteThenGetIsNotFound() {
		try (CartesiaSimulator sim = CartesiaSimulator.start()) {
			PronunciationDictsClient dicts = TestClients.client(sim.baseUrl()).pronunciationDicts();
			PronunciationDict created = dicts.create(PronunciationDictCreateRequest.of("Product names",
					List.of(PronunciationDictItem.of("Sonic", "SAH-nik"),
							PronunciationDictItem.of("TTS", "text to speech").withCaseSensitive(true))))
				.block(TIMEOUT);
			assertThat(created.id()).isNotBlank();
			assertThat(created.name()).isEqualTo("Product names");
			assertThat(created.ownerId()).isNotBlank();
			assertThat(created.createdAt()).isNotBlank();
			assertThat(created.isPinned()).isFalse();
			assertThat(created.items()).containsExactly(PronunciationDictItem.of("Sonic", "SAH-nik"),
					new PronunciationDictItem("TTS", "text to speech", true));

			StepVerifier.create(dicts.listAll(PageRequest.ofSize(1)).map(PronunciationDict::id))
				.expectNext("pdict_simulated_brand_names", created.id())
				.expectComplete()
				.verify(TIMEOUT);
			assertThat(dicts.get(created.id()).block(TIMEOUT)).isEqualTo(created);

			PronunciationDict renamed = dicts.update(created.id(), PronunciationDictUpdateRequest.name("Products"))
				.block(TIMEOUT);
			assertThat(renamed.name()).isEqualTo("Products");
			assertThat(renamed.items()).isEqualTo(created.items());
			List<PronunciationDictItem> ink = List.of(PronunciationDictItem.of("Ink", "ink"));
			PronunciationDict replaced = dicts.update(created.id(), PronunciationDictUpdateRequest.items(ink))
				.block(TIMEOUT);
			assertThat(replaced.name()).isEqualTo("Products");
			assertThat(replaced.items()).isEqualTo(ink);

			PronunciationDictsClient v20250416 = dicts
				.withOptions(RequestOptions.builder().apiVersion(PronunciationDictsClient.PIN_API_VERSION).build());
			StepVerifier.create(v20250416.pin(created.id())).expectComplete().verify(TIMEOUT);
			assertThat(dicts.get(created.id()).block(TIMEOUT).isPinned()).isTrue();
			StepVerifier.create(v20250416.unpin(created.id())).expectComplete().verify(TIMEOUT);
			assertThat(dicts.get(created.id()).block(TIMEOUT).isPinned()).isFalse();

			StepVerifier.create(dicts.delete(created.id())).expectComplete().verify(TIMEOUT);
			StepVerifier.create(dicts.get(created.id()))
				.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(CartesiaNotFoundException.class,
						(notFound) -> {
							assertThat(notFound.getRequestId()).isNotBlank();
							assertThat(notFound.getApiMessage()).contains(created.id());
						}))
				.verify(TIMEOUT);
			assertThat(dicts.list().block(TIMEOUT).data()).extracting(PronunciationDict::id)
				.containsExactly("pdict_simulated_brand_names");
		}
	}

	@Test
	void pinOnTheDefaultVersionIsNotFoundAndChangesNothing() {
		try (CartesiaSimulator sim = CartesiaSimulator.start()) {
			PronunciationDictsClient dicts = TestClients.client(sim.baseUrl()).pronunciationDicts();
			String id = dicts.create(PronunciationDictCreateRequest.of("Pinned?")).block(TIMEOUT).id();
			StepVerifier.create(dicts.pin(id))
				.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(CartesiaNotFoundException.class,
						(notFound) -> assertThat(notFound.getApiMessage()).contains("2025-04-16")))
				.verify(TIMEOUT);
			assertThat(dicts.get(id).block(TIMEOUT).isPinned()).isFalse();
			PronunciationDictsClient v20250416 = dicts
				.withOptions(RequestOptions.builder().apiVersion("2025-04-16").build());
			StepVerifier.create(v20250416.pin("no-such-dict"))
				.expectError(CartesiaNotFoundException.class)
				.verify(TIMEOUT);
		}
	}

	@Test
	void aPageCursorTheSimulatorDoesNotKnowIsABadRequest() {
		try (CartesiaSimulator sim = CartesiaSimulator.start()) {
			PronunciationDictsClient dicts = TestClients.client(sim.baseUrl()).pronunciationDicts();
			StepVerifier.create(dicts.list(new PageRequest(5, "pdict_unknown", null)))
				.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(CartesiaBadRequestException.class)
					.hasMessageContaining("pdict_unknown"))
				.verify(TIMEOUT);
		}
	}

}
