package io.github.cartesia4j.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ConfigurationMetadataTests {

	private final JsonNode metadata = read();

	@Test
	void everyCartesiaPropertyHasADescription() {
		List<JsonNode> properties = this.metadata.get("properties").valueStream().toList();
		assertThat(properties).hasSizeGreaterThan(20);
		assertThat(properties).allSatisfy((property) -> assertThat(property.path("description").asString())
			.as(property.get("name").asString())
			.isNotBlank());
	}

	@Test
	void enumeratedValuesAreHintedForCompletion() {
		assertThat(hintValues("cartesia.tts.output-format.container")).containsExactly("raw", "wav", "mp3");
		assertThat(hintValues("cartesia.tts.output-format.encoding")).contains("pcm_s16le", "pcm_f32le");
		assertThat(hintValues("cartesia.tts.output-format.sample-rate")).contains("8000", "44100", "48000");
		assertThat(hintValues("cartesia.tts.model-id")).contains("sonic-3");
		assertThat(hintValues("cartesia.api-version")).contains("2025-11-04", "2024-11-13");
		assertThat(hintValues("cartesia.tts.language")).contains("en", "fr");
	}

	@Test
	void theHealthSwitchIsDocumented() {
		assertThat(this.metadata.get("properties").valueStream()
			.map((property) -> property.get("name").asString())).contains("management.health.cartesia.enabled");
	}

	private List<String> hintValues(String name) {
		return this.metadata.get("hints")
			.valueStream()
			.filter((hint) -> name.equals(hint.get("name").asString()))
			.flatMap((hint) -> hint.get("values").valueStream())
			.map((value) -> value.get("value").asString())
			.toList();
	}

	private static JsonNode read() {
		try {
			URL location = CartesiaProperties.class.getProtectionDomain().getCodeSource().getLocation();
			try (InputStream input = new URL(location, "META-INF/spring-configuration-metadata.json").openStream()) {
				return JsonMapper.builder().build().readTree(input);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
