package io.github.cartesia4j.test.simulator;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PathTemplateTests {

	@Test
	void rootMatchesOnlyRoot() {
		PathTemplate root = new PathTemplate("/");
		assertThat(root.matches("/")).isTrue();
		assertThat(root.matches("/?a=b")).isTrue();
		assertThat(root.matches("/tts")).isFalse();
	}

	@Test
	void literalSegmentsMatchExactlyIgnoringTrailingSlashAndQuery() {
		PathTemplate template = new PathTemplate("/tts/bytes");
		assertThat(template.matches("/tts/bytes")).isTrue();
		assertThat(template.matches("/tts/bytes/")).isTrue();
		assertThat(template.matches("/tts/bytes?x=/y")).isTrue();
		assertThat(template.matches("/tts/byte")).isFalse();
		assertThat(template.matches("/tts")).isFalse();
		assertThat(template.matches("/tts/bytes/more")).isFalse();
		assertThat(new PathTemplate("/datasets/").matches("/datasets")).isTrue();
	}

	@Test
	void variablesMatchOneDecodedSegment() {
		PathTemplate template = new PathTemplate("/voices/{id}/localize");
		assertThat(template.variables("/voices/a%20b+c/localize?x=1")).isEqualTo(Map.of("id", "a b+c"));
		assertThat(template.variables("/voices//localize")).isNull();
		assertThat(template.variables("/voices/a/b/localize")).isNull();
	}

}
