package io.github.cartesia4j.contract;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import org.springframework.web.reactive.function.client.WebClient;

import io.github.cartesia4j.client.CartesiaClient;
import io.github.cartesia4j.test.simulator.CartesiaSimulator;
import io.github.cartesia4j.testing.TestClients;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every client operation against the simulator, with the request the simulator received and
 * the response the client received validated against Cartesia's OpenAPI document for the
 * operation ({@link ContractCases}).
 */
class ClientContractTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	@ParameterizedTest(name = "{0}")
	@MethodSource("io.github.cartesia4j.contract.ContractCases#all")
	void requestAndResponseMatchTheOpenApiDocument(ContractCase contractCase) {
		ContractValidator validator = new ContractValidator(contractCase);
		try (CartesiaSimulator simulator = CartesiaSimulator.start()) {
			ResponseRecorder recorder = new ResponseRecorder();
			CartesiaClient client = TestClients.builder(simulator.baseUrl())
				.webClientBuilder(WebClient.builder().filter(recorder))
				.build();
			Publisher<?> call = contractCase.call().apply(new ContractFixtures(client));
			simulator.clearRequests();
			recorder.clear();
			StepVerifier.create(Flux.from(call).then()).expectComplete().verify(TIMEOUT);
			List<Exchange> exchanges = Exchange.pair(simulator.requests(), recorder.responses());
			assertThat(exchanges).as("exchanges of %s", contractCase).isNotEmpty();
			assertThat(validator.problems(exchanges)).as("contract problems of %s", contractCase).isEmpty();
		}
	}

}
