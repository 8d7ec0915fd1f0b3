package io.github.cartesia4j.sample;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.cartesia4j.test.context.AutoConfigureCartesiaSimulator;
import io.github.cartesia4j.test.simulator.CartesiaSimulator;
import io.github.cartesia4j.test.simulator.RecordedRequest;
import io.github.cartesia4j.test.simulator.SimulatorFault;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How an application tests its Cartesia integration with {@link AutoConfigureCartesiaSimulator}:
 * read what the simulator received and script the faults it should survive.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "cartesia.resilience.initial-backoff=10ms")
@AutoConfigureCartesiaSimulator(apiKey = "sk_test_example")
class SpeechControllerSimulatorExampleTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	@Autowired
	private CartesiaSimulator simulator;

	@LocalServerPort
	private int port;

	@AfterEach
	void reset() {
		this.simulator.faults().clear();
		this.simulator.clearRequests();
	}

	@Test
	void speechSendsTheTextAndTheConfiguredVoiceToCartesia() {
		ResponseEntity<byte[]> response = speak("Testing with the simulator");
		assertThat(response.getStatusCode().value()).isEqualTo(200);
		RecordedRequest request = this.simulator.requests().get(0);
		assertThat(request.path()).isEqualTo("/tts/bytes");
		assertThat(request.header("Authorization")).isEqualTo("Bearer sk_test_example");
		assertThat(request.bodyAsString()).contains("\"transcript\":\"Testing with the simulator\"")
			.contains("\"id\":\"694f9389-aac1-45b6-b726-9d9369183238\"");
	}

	@Test
	void aCartesiaOutageBecomesBadGatewayAfterTheRetries() {
		this.simulator.faults().always("POST", "/tts/bytes", SimulatorFault.status(503));
		ResponseEntity<byte[]> response = speak("Is anyone there?");
		assertThat(response.getStatusCode().value()).isEqualTo(502);
		assertThat(this.simulator.requests()).hasSize(3);
	}

	private ResponseEntity<byte[]> speak(String text) {
		return WebClient.create("http://127.0.0.1:" + this.port)
			.post()
			.uri("/api/speech")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("text", text))
			.exchangeToMono((exchange) -> exchange.toEntity(byte[].class))
			.block(TIMEOUT);
	}

}
