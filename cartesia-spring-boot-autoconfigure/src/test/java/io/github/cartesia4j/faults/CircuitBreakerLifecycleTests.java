package io.github.cartesia4j.faults;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreaker.State;
import io.github.resilience4j.circuitbreaker.CircuitBreaker.StateTransition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import io.github.cartesia4j.client.CartesiaClient;
import io.github.cartesia4j.client.core.CartesiaServerException;
import io.github.cartesia4j.client.status.ApiStatus;
import io.github.cartesia4j.test.simulator.CartesiaSimulator;
import io.github.cartesia4j.test.simulator.SimulatorFault;
import io.github.cartesia4j.testing.TestClients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole life of a resource's circuit breaker with the starter's default settings (20
 * calls, at least 10, 50%, 3 calls when half-open) and a short open state: it opens under
 * sustained server errors, fails fast without sending anything, lets trial calls through
 * once the wait is over, and closes again on their success, while other resources' breakers
 * stay closed throughout.
 */
class CircuitBreakerLifecycleTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private static final Duration OPEN_FOR = Duration.ofMillis(500);

	private final CartesiaSimulator simulator = CartesiaSimulator.start();

	private final FaultClient faultClient = FaultClient.create(this.simulator.baseUrl(),
			FaultClient.defaultBreaker(OPEN_FOR).build());

	private final CartesiaClient client = this.faultClient.client();

	private final CircuitBreaker tts = this.faultClient.breaker("tts");

	private final List<StateTransition> transitions = new CopyOnWriteArrayList<>();

	CircuitBreakerLifecycleTests() {
		this.tts.getEventPublisher().onStateTransition((event) -> this.transitions.add(event.getStateTransition()));
	}

	@AfterEach
	void close() {
		this.simulator.close();
	}

	@Test
	void opensFailsFastGoesHalfOpenAfterTheWaitAndClosesOnSuccess() {
		this.simulator.faults().always("POST", "/tts/bytes", SimulatorFault.status(500));
		for (int call = 0; call < 3; call++) {
			expectError(CartesiaServerException.class);
		}
		assertThat(this.tts.getState()).isEqualTo(State.CLOSED);
		expectError(CallNotPermittedException.class);
		assertThat(this.tts.getState()).isEqualTo(State.OPEN);
		assertThat(this.simulator.requests()).as("the 10th attempt opened the breaker, the 11th was refused")
			.hasSize(10);
		long opened = System.nanoTime();
		for (int call = 0; call < 5; call++) {
			expectError(CallNotPermittedException.class);
		}
		assertThat(this.simulator.requests()).as("no request while open").hasSize(10);
		assertThat(this.tts.getMetrics().getNumberOfNotPermittedCalls()).isEqualTo(6);
		this.simulator.faults().clear();
		await().atMost(TIMEOUT).until(() -> Duration.ofNanos(System.nanoTime() - opened).compareTo(OPEN_FOR) > 0);
		expectAudio();
		assertThat(this.tts.getState()).isEqualTo(State.HALF_OPEN);
		expectAudio();
		assertThat(this.tts.getState()).isEqualTo(State.HALF_OPEN);
		expectAudio();
		assertThat(this.tts.getState()).isEqualTo(State.CLOSED);
		assertThat(this.simulator.requests()).hasSize(13);
		assertThat(this.transitions).containsExactly(StateTransition.CLOSED_TO_OPEN,
				StateTransition.OPEN_TO_HALF_OPEN, StateTransition.HALF_OPEN_TO_CLOSED);
	}

	@Test
	void aFailedTrialCallOpensTheBreakerAgain() {
		this.simulator.faults().always("POST", "/tts/bytes", SimulatorFault.status(503));
		for (int call = 0; call < 4; call++) {
			expectError((call < 3) ? CartesiaServerException.class : CallNotPermittedException.class);
		}
		long opened = System.nanoTime();
		await().atMost(TIMEOUT).until(() -> Duration.ofNanos(System.nanoTime() - opened).compareTo(OPEN_FOR) > 0);
		expectError(CartesiaServerException.class);
		assertThat(this.simulator.requests()).as("the 3 trial calls are the 3 attempts of one call").hasSize(13);
		assertThat(this.tts.getState()).isEqualTo(State.OPEN);
		expectError(CallNotPermittedException.class);
		assertThat(this.simulator.requests()).hasSize(13);
		assertThat(this.transitions).containsExactly(StateTransition.CLOSED_TO_OPEN,
				StateTransition.OPEN_TO_HALF_OPEN, StateTransition.HALF_OPEN_TO_OPEN);
	}

	@Test
	void anOpenTtsBreakerLeavesVoicesAndApiStatusClosedAndServing() {
		this.simulator.faults().always("POST", "/tts/bytes", SimulatorFault.status(502));
		for (int call = 0; call < 4; call++) {
			expectError((call < 3) ? CartesiaServerException.class : CallNotPermittedException.class);
		}
		assertThat(this.tts.getState()).isEqualTo(State.OPEN);
		StepVerifier.create(this.client.apiStatus().get())
			.expectNext(new ApiStatus(true, CartesiaSimulator.API_VERSION))
			.expectComplete()
			.verify(TIMEOUT);
		StepVerifier.create(this.client.voices().list())
			.assertNext((page) -> assertThat(page.data()).isNotEmpty())
			.expectComplete()
			.verify(TIMEOUT);
		StepVerifier.create(this.client.voices().get(TestClients.VOICE_ID))
			.assertNext((voice) -> assertThat(voice.id()).isEqualTo(TestClients.VOICE_ID))
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(this.faultClient.breaker("api-status").getState()).isEqualTo(State.CLOSED);
		assertThat(this.faultClient.breaker("voices").getState()).isEqualTo(State.CLOSED);
		assertThat(this.faultClient.breaker("voices").getMetrics().getNumberOfSuccessfulCalls()).isEqualTo(2);
		assertThat(this.simulator.requests()).extracting((request) -> request.method() + " " + request.path())
			.endsWith("GET /", "GET /voices", "GET /voices/" + TestClients.VOICE_ID);
		assertThat(this.tts.getState()).isEqualTo(State.OPEN);
	}

	private void expectError(Class<? extends Throwable> error) {
		StepVerifier.create(this.client.tts().bytes(TestClients.request().build()))
			.expectError(error)
			.verify(TIMEOUT);
	}

	private void expectAudio() {
		StepVerifier.create(this.client.tts().bytesToArray(TestClients.request().build()))
			.assertNext((audio) -> assertThat(audio).isNotEmpty())
			.expectComplete()
			.verify(TIMEOUT);
	}

}
