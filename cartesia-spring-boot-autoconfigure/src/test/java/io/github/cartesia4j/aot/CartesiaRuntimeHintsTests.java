package io.github.cartesia4j.aot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.util.ClassUtils;

import io.github.cartesia4j.client.agents.MetricResult;
import io.github.cartesia4j.client.core.Page;
import io.github.cartesia4j.client.status.ApiStatus;
import io.github.cartesia4j.client.tts.Container;
import io.github.cartesia4j.client.tts.TtsEvent;
import io.github.cartesia4j.client.tts.TtsRequest;
import io.github.cartesia4j.client.tts.VoiceSpecifier;
import io.github.cartesia4j.client.voices.Voice;

import static org.assertj.core.api.Assertions.assertThat;

class CartesiaRuntimeHintsTests {

	private final RuntimeHints hints = new RuntimeHints();

	CartesiaRuntimeHintsTests() {
		new CartesiaRuntimeHints().registerHints(this.hints, getClass().getClassLoader());
	}

	@Test
	void everyRecordAndEnumCompiledInTheClientPackagesIsRegisteredForJackson() {
		List<Class<?>> compiled = compiledWireTypes();
		assertThat(compiled).hasSizeGreaterThan(80).contains(TtsRequest.class, Voice.class, MetricResult.class);
		assertThat(compiled).allSatisfy((type) -> assertThat(RuntimeHintsPredicates.reflection()
			.onType(type)
			.withMemberCategories(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS)).as(type.getName()).accepts(this.hints));
	}

	@Test
	void accessorsOfRequestAndResponseRecordsAreReachable() throws NoSuchMethodException {
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(TtsRequest.class.getMethod("transcript")))
			.accepts(this.hints);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(ApiStatus.class.getMethod("version")))
			.accepts(this.hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(Page.class)).accepts(this.hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(TtsEvent.Chunk.class)).accepts(this.hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(VoiceSpecifier.class)).accepts(this.hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(Container.class)).accepts(this.hints);
	}

	@Test
	void theVersionResourceIsIncluded() {
		assertThat(RuntimeHintsPredicates.resource().forResource("io/github/cartesia4j/client/cartesia-client.properties"))
			.accepts(this.hints);
	}

	@Test
	void isRegisteredInAotFactories() {
		assertThat(SpringFactoriesLoader.forResourceLocation("META-INF/spring/aot.factories")
			.load(RuntimeHintsRegistrar.class)).hasAtLeastOneElementOfType(CartesiaRuntimeHints.class);
	}

	private static List<Class<?>> compiledWireTypes() {
		Path classes = Path.of("target/classes/io/github/cartesia4j/client");
		try (Stream<Path> files = Files.walk(classes)) {
			return files.filter((file) -> file.toString().endsWith(".class"))
				.map((file) -> classes.getParent().getParent().getParent().getParent().relativize(file).toString())
				.map((name) -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
				.map((name) -> ClassUtils.resolveClassName(name, CartesiaRuntimeHintsTests.class.getClassLoader()))
				.filter((type) -> type.isRecord() || type.isEnum())
				.filter((type) -> !type.isAnonymousClass() && !type.isLocalClass())
				.<Class<?>>map((type) -> type)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
