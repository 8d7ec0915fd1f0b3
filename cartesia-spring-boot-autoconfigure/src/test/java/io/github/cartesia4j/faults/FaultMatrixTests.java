package io.github.cartesia4j.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.test.StepVerifier;

import io.github.cartesia4j.client.CartesiaClient;
import io.github.cartesia4j.client.status.ApiStatus;
import io.github.cartesia4j.test.simulator.CartesiaSimulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every fault of {@link FaultMatrix} against a fresh server and client: what the caller sees,
 * how many requests reached the server, the TTS metrics and the circuit breaker afterwards.
 * Also renders the matrix as the README's table, into {@code target/fault-matrix.md}.
 */
class FaultMatrixTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(8);

	private static byte[] wholeBytes;

	private static byte[] wholeSse;

	@BeforeAll
	static void recordFaultFreeAudio() {
		try (CartesiaSimulator simulator = CartesiaSimulator.start()) {
			CartesiaClient client = FaultClient.create(simulator.baseUrl()).client();
			wholeBytes = FaultCall.audio(FaultCall.TTS_BYTES.send(client).collectList().block(TIMEOUT));
			wholeSse = FaultCall.audio(FaultCall.TTS_SSE.send(client).collectList().block(TIMEOUT));
		}
		assertThat(wholeBytes).hasSizeGreaterThan(FaultMatrix.AUDIO_BYTES);
		assertThat(wholeSse).isNotEmpty();
	}

	static List<FaultRow> rows() {
		return FaultMatrix.rows();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rows")
	void faultLeavesTheCallerTheServerTheMetricsAndTheBreakerAsStated(FaultRow row) {
		try (FaultServer.Target target = row.server().start()) {
			if (target.simulator() != null) {
				row.arrange().accept(target.simulator());
			}
			FaultClient faultClient = FaultClient.create(target.baseUrl());
			List<Object> received = new ArrayList<>();
			long start = System.nanoTime();
			StepVerifier.Step<Object> call = StepVerifier
				.create(row.call().send(faultClient.client()).cast(Object.class))
				.thenConsumeWhile((item) -> true, received::add);
			if (row.error() == null) {
				call.expectComplete().verify(TIMEOUT);
				assertWhole(row.call(), received);
			}
			else {
				call.expectErrorSatisfies((ex) -> assertThat(ex).isExactlyInstanceOf(row.error())).verify(TIMEOUT);
				assertThat(row.call().delivered(received)).as("delivered before the error").isEqualTo(row.delivered());
			}
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(row.minElapsed());
			assertThat(target.requests()).as("requests at the server").isEqualTo(row.requests());
			assertThat(faultClient.ttsOutcomes()).as("TTS latency samples")
				.isEqualTo((row.outcome() != null) ? List.of(row.outcome()) : List.of());
			CircuitBreaker breaker = faultClient.breaker(row.call().resource());
			assertThat(breaker.getState()).isEqualTo(row.breakerState());
			assertThat(breaker.getMetrics().getNumberOfFailedCalls()).as("failed breaker calls")
				.isEqualTo(row.failedCalls());
			assertThat(breaker.getMetrics().getNumberOfSuccessfulCalls()).as("successful breaker calls")
				.isEqualTo(row.successfulCalls());
		}
	}

	@Test
	void matrixRendersAsTheReadmeTable() throws IOException {
		String table = FaultRow.HEADER + "\n"
				+ rows().stream().map(FaultRow::markdown).collect(Collectors.joining("\n")) + "\n";
		Path file = Path.of("target", "fault-matrix.md");
		Files.createDirectories(file.getParent());
		Files.writeString(file, table);
		assertThat(table.lines()).hasSize(rows().size() + 2).allMatch((line) -> line.startsWith("| ")
				&& line.endsWith(" |") || line.equals("|---|---|---|---|---|"));
	}

	private static void assertWhole(FaultCall call, List<Object> received) {
		switch (call) {
			case TTS_BYTES -> assertThat(FaultCall.audio(received)).as("audio").isEqualTo(wholeBytes);
			case TTS_SSE -> assertThat(FaultCall.audio(received)).as("audio").isEqualTo(wholeSse);
			case API_STATUS -> assertThat(received).containsExactly(new ApiStatus(true, CartesiaSimulator.API_VERSION));
		}
	}

}
