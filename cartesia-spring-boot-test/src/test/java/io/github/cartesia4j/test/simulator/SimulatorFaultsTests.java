package io.github.cartesia4j.test.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.HttpClientResponse;
import reactor.test.StepVerifier;
import reactor.util.function.Tuple2;
import reactor.util.function.Tuples;

import static org.assertj.core.api.Assertions.assertThat;

class SimulatorFaultsTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private final CartesiaSimulator simulator = CartesiaSimulator.start();

	private final HttpClient http = HttpClient.create()
		.baseUrl(this.simulator.baseUrl())
		.headers((headers) -> headers.set("Authorization", "Bearer sk_test").set("Cartesia-Version", "2025-11-04"));

	@AfterEach
	void close() {
		this.simulator.close();
	}

	@Test
	void statusFaultAppliesToTheNextMatchingRequestsOnlyThenNormalServiceResumes() {
		this.simulator.faults()
			.times(2, "GET", "/", SimulatorFault.status(503).header("Retry-After", "1"));
		assertThat(statusOfStatus()).isEqualTo(503);
		assertThat(statusOfStatus()).isEqualTo(503);
		assertThat(statusOfStatus()).isEqualTo(200);
		assertThat(this.simulator.requests()).hasSize(3);
	}

	@Test
	void statusFaultSendsTheJsonErrorBodyAndExtraHeaders() {
		this.simulator.faults().next("*", "*", SimulatorFault.status(429).header("retry-after-ms", "250"));
		Tuple2<HttpClientResponse, String> answer = this.http.get()
			.uri("/")
			.responseSingle((response, body) -> body.asString().map((text) -> Tuples.of(response, text)))
			.block(TIMEOUT);
		assertThat(answer.getT1().status().code()).isEqualTo(429);
		assertThat(answer.getT1().responseHeaders().get("retry-after-ms")).isEqualTo("250");
		assertThat(answer.getT2()).contains("\"error_code\":\"simulated_429\"");
	}

	@Test
	void resetFailsTheRequestWithoutAResponse() {
		this.simulator.faults().next("GET", "/", SimulatorFault.reset());
		StepVerifier.create(this.http.get().uri("/").response()).expectError().verify(TIMEOUT);
	}

	@Test
	void partialAudioThenResetDeliversTheBytesThenFails() {
		this.simulator.faults().next("POST", "/tts/bytes", SimulatorFault.audioThen(1000, SimulatorFault.Ending.RESET));
		StepVerifier.create(this.http.post()
			.uri("/tts/bytes")
			.send(ByteBufFlux.fromString(Mono.just("{}")))
			.responseContent()
			.asByteArray()
			.map((bytes) -> bytes.length)
			.reduce(0, Integer::sum)).expectError().verify(TIMEOUT);
	}

	@Test
	void sseErrorFrameFollowsAChunk() {
		this.simulator.faults().next("POST", "/tts/sse", SimulatorFault.sseErrorFrame(500, "internal"));
		String body = this.http.post()
			.uri("/tts/sse")
			.send(ByteBufFlux.fromString(Mono.just("{}")))
			.responseSingle((response, content) -> content.asString(StandardCharsets.UTF_8))
			.block(TIMEOUT);
		assertThat(body).contains("\"type\":\"chunk\"").contains("\"type\":\"error\"").contains("\"internal\"");
	}

	@Test
	void delayHoldsTheHeadersThenAnswersNormally() {
		this.simulator.faults().next("GET", "/", SimulatorFault.delay(Duration.ofMillis(300)));
		long start = System.nanoTime();
		assertThat(statusOfStatus()).isEqualTo(200);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
	}

	@Test
	void alwaysAppliesUntilCleared() {
		this.simulator.faults().always("GET", "/", SimulatorFault.status(500));
		assertThat(statusOfStatus()).isEqualTo(500);
		assertThat(statusOfStatus()).isEqualTo(500);
		this.simulator.faults().clear();
		assertThat(statusOfStatus()).isEqualTo(200);
	}

	private int statusOfStatus() {
		return this.http.get().uri("/").responseSingle((response, body) -> body.then(Mono.just(response.status().code())))
			.block(TIMEOUT);
	}

}
