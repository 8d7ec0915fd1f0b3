package io.github.cartesia4j.client.core;

import org.junit.jupiter.api.Test;

import io.github.cartesia4j.client.CartesiaClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CartesiaClientBuilderTests {

	@Test
	void insecureHttpMayBeAllowedBeforeOrAfterTheBaseUrl() {
		assertThat(CartesiaClient.builder().apiKey("k").baseUrl("http://api.example.com").allowInsecureHttp(true).build())
			.isNotNull();
		assertThat(CartesiaClient.builder().apiKey("k").allowInsecureHttp(true).baseUrl("http://api.example.com").build())
			.isNotNull();
	}

	@Test
	void plainHttpOnARemoteHostIsRefusedAtBuild() {
		CartesiaClient.Builder builder = CartesiaClient.builder().apiKey("k").baseUrl("http://api.example.com");
		assertThatIllegalArgumentException().isThrownBy(builder::build).withMessageContaining("baseUrl");
	}

	@Test
	void malformedBaseUrlIsRefusedAtOnce() {
		assertThatIllegalArgumentException().isThrownBy(() -> CartesiaClient.builder().baseUrl("ftp://x"))
			.withMessageContaining("baseUrl");
		assertThatIllegalArgumentException().isThrownBy(() -> CartesiaClient.builder().baseUrl("https://x/?a=b"))
			.withMessageContaining("baseUrl");
	}

}
