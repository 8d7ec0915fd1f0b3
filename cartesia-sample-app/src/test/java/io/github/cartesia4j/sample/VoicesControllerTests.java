package io.github.cartesia4j.sample;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.cartesia4j.client.voices.Voice;
import io.github.cartesia4j.client.voices.VoicesClient;
import io.github.cartesia4j.test.context.AutoConfigureCartesiaSimulator;
import io.github.cartesia4j.test.simulator.CartesiaSimulator;
import io.github.cartesia4j.test.simulator.RecordedRequest;
import io.github.cartesia4j.test.simulator.SimulatorFault;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/voices}, the list behind the sample page's voice picker.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureCartesiaSimulator
class VoicesControllerTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	private static final String CONFIGURED_VOICE = "694f9389-aac1-45b6-b726-9d9369183238";

	@Autowired
	private CartesiaSimulator simulator;

	@Autowired
	private VoicesClient voices;

	@LocalServerPort
	private int port;

	@AfterEach
	void reset() {
		this.simulator.faults().clear();
		this.simulator.clearRequests();
	}

	@Test
	void listsTheLibraryInOnePageAndMarksTheConfiguredVoice() {
		List<VoiceOption> options = http().get()
			.uri("/api/voices")
			.retrieve()
			.bodyToFlux(VoiceOption.class)
			.collectList()
			.block(TIMEOUT);
		List<RecordedRequest> requests = this.simulator.requests();
		assertThat(requests).hasSize(1);
		assertThat(requests.get(0).path()).isEqualTo("/voices");
		assertThat(requests.get(0).query()).isEqualTo("limit=100");

		List<String> library = this.voices.listAll().map(Voice::id).collectList().block(TIMEOUT);
		assertThat(options).extracting(VoiceOption::id).containsExactlyElementsOf(library);
		assertThat(options).hasSizeGreaterThan(20);
		assertThat(options).filteredOn(VoiceOption::configured)
			.singleElement()
			.satisfies((voice) -> assertThat(voice.id()).isEqualTo(CONFIGURED_VOICE))
			.satisfies((voice) -> assertThat(voice.name()).isEqualTo("Barbershop Man"));
		assertThat(options).filteredOn((voice) -> voice.name().equals("British Lady"))
			.singleElement()
			.satisfies((voice) -> assertThat(voice.language()).isEqualTo("en-GB"))
			.satisfies((voice) -> assertThat(voice.description()).contains("English accent"));
	}

	@Test
	void aCartesiaErrorBecomesBadGateway() {
		this.simulator.faults().next("GET", "/voices", SimulatorFault.status(403));
		ResponseEntity<String> response = http().get()
			.uri("/api/voices")
			.exchangeToMono((exchange) -> exchange.toEntity(String.class))
			.block(TIMEOUT);
		assertThat(response.getStatusCode().value()).isEqualTo(502);
		assertThat(response.getBody()).contains("\"error\"");
	}

	private WebClient http() {
		return WebClient.create("http://127.0.0.1:" + this.port);
	}

}
