package io.github.cartesia4j.client.auth;

import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.cartesia4j.testing.RecordedRequests;
import io.github.cartesia4j.testing.TestClients;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AuthClientInputWireTests {

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final AuthClient client = TestClients.client(wireMock.baseUrl()).auth();

	@AfterEach
	void nothingWasSent() {
		assertThat(RecordedRequests.all(wireMock)).isEmpty();
	}

	@Test
	void lifetimeMustBeBetweenOneSecondAndOneHour() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.accessToken(TokenRequest.of(Duration.ofSeconds(3601), Grant.TTS)))
			.withMessageContaining("'expires_in'")
			.withMessageContaining("3601");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.accessToken(TokenRequest.of(Duration.ZERO, Grant.TTS)))
			.withMessageContaining("'expires_in'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.accessToken(new TokenRequest(TokenGrants.of(Grant.STT), -5)))
			.withMessageContaining("'expires_in'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.accessToken(TokenRequest.of(Duration.ofMillis(1500), Grant.TTS)))
			.withMessageContaining("'expires_in'")
			.withMessageContaining("whole seconds");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TokenRequest.of(Grant.TTS).withExpiresIn(Duration.ofHours(2)))
			.withMessageContaining("'expires_in'");
	}

	@Test
	void atLeastOneGrantIsRequired() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.accessToken(TokenRequest.of()))
			.withMessageContaining("'grants'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.accessToken(new TokenRequest(new TokenGrants(false, null, false), 60)))
			.withMessageContaining("'grants'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.accessToken(new TokenRequest(null, 60)))
			.withMessageContaining("'grants'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.accessToken(TokenRequest.of(Duration.ofMinutes(1), Grant.TTS, null)))
			.withMessageContaining("'grants'");
	}

	@Test
	void requestIsRequired() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.accessToken(null))
			.withMessageContaining("'request'");
	}

}
