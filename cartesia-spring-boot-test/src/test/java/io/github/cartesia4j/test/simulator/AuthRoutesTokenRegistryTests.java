package io.github.cartesia4j.test.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import io.netty.handler.codec.http.HttpMethod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.DisposableServer;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.server.HttpServer;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AuthRoutesTokenRegistryTests {

	private final SimulatorAuth auth = new SimulatorAuth(null);

	private final DisposableServer server = HttpServer.create().host("127.0.0.1").port(0).route((routes) -> {
		SimulatorRouter router = new SimulatorRouter(routes, this.auth, new RequestRecorder(false), new SimulatorFaults());
		new AuthRoutes(new SimulatorSettings(null, Duration.ofMillis(40), Duration.ZERO, false), new SimulatorState())
			.register(router);
		router.fallback();
	}).bindNow();

	@AfterEach
	void stop() {
		this.server.disposeNow(SimulatorTestClient.TIMEOUT);
	}

	@Test
	void aMintedTokenIsRememberedByItsSimulatorOnly() {
		String token = mint("{\"grants\":{\"tts\":true},\"expires_in\":300}");
		AuthTokenRegistry registry = AuthTokenRegistry.of(this.auth);
		assertThat(registry.accepts(token)).isTrue();
		assertThat(registry.accepts(" " + token + " ")).isTrue();
		AuthToken remembered = registry.find(token);
		assertThat(remembered.grants("tts")).isTrue();
		assertThat(remembered.grants("stt")).isFalse();
		assertThat(Duration.between(remembered.issuedAt(), remembered.expiresAt())).isEqualTo(Duration.ofMinutes(5));
		assertThat(remembered.toString()).doesNotContain(token);
		assertThat(AuthTokenRegistry.of(this.auth)).isSameAs(registry);
		assertThat(AuthTokenRegistry.of(new SimulatorAuth(null)).accepts(token)).isFalse();
		assertThat(registry.accepts("sk_car_not_a_token")).isFalse();
		assertThat(registry.accepts(null)).isFalse();
		assertThat(AuthTokenRegistry.isToken(token)).isTrue();
		assertThat(AuthTokenRegistry.isToken("sk_car_not_a_token")).isFalse();
	}

	@Test
	void aTokenIsAcceptedUntilItExpires() {
		MutableClock clock = new MutableClock(Instant.parse("2025-08-13T12:00:00Z"));
		AuthTokenRegistry registry = new AuthTokenRegistry(clock);
		String token = registry.mint(Map.of("stt", true), 60).token();
		clock.advance(Duration.ofSeconds(59));
		assertThat(registry.accepts(token)).isTrue();
		clock.advance(Duration.ofSeconds(1));
		assertThat(registry.accepts(token)).isFalse();
		assertThat(registry.find(token)).isNull();
	}

	@Test
	void verifyPassesLiveTokensRefusesDeadOnesAndLeavesApiKeysAlone() {
		MutableClock clock = new MutableClock(Instant.parse("2025-08-13T12:00:00Z"));
		AuthTokenRegistry registry = new AuthTokenRegistry(clock);
		String live = registry.mint(Map.of("tts", true), 120).token();
		String expiring = registry.mint(Map.of("tts", true), 30).token();
		String foreign = new AuthTokenRegistry(clock).mint(Map.of("tts", true), 120).token();
		clock.advance(Duration.ofSeconds(30));
		assertThat(registry.verify(live)).isTrue();
		assertThat(registry.verify("sk_car_an_api_key")).isFalse();
		assertThat(registry.verify(null)).isFalse();
		assertThatExceptionOfType(SimulatorException.class).isThrownBy(() -> registry.verify(expiring))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(401))
			.withMessageContaining("expired");
		assertThatExceptionOfType(SimulatorException.class).isThrownBy(() -> registry.verify(foreign))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(401));
	}

	@Test
	void mintRefusesLifetimesOutsideOneSecondToOneHour() {
		AuthTokenRegistry registry = new AuthTokenRegistry(Clock.systemUTC());
		assertThatIllegalArgumentException().isThrownBy(() -> registry.mint(Map.of("tts", true), 0));
		assertThatIllegalArgumentException().isThrownBy(() -> registry.mint(Map.of("tts", true), 3601));
	}

	private String mint(String body) {
		String response = HttpClient.create()
			.baseUrl("http://127.0.0.1:" + this.server.port())
			.headers((headers) -> headers.set("Content-Type", "application/json")
				.set("Authorization", "Bearer sk_car_registry_test")
				.set("Cartesia-Version", SimulatorTestClient.VERSION))
			.request(HttpMethod.POST)
			.uri("/access-token")
			.send(ByteBufFlux.fromString(Mono.just(body)))
			.responseSingle((status, content) -> {
				assertThat(status.status().code()).isEqualTo(200);
				return content.asString();
			})
			.block(SimulatorTestClient.TIMEOUT);
		return JsonMapper.builder().build().readTree(response).get("token").asString();
	}

	private static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
