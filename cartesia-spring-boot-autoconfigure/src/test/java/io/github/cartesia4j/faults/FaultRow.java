package io.github.cartesia4j.faults;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.jspecify.annotations.Nullable;

import io.github.cartesia4j.test.simulator.CartesiaSimulator;

/**
 * One row of the fault matrix: a fault, the call it hits, and everything that must hold
 * afterwards. The README's fault table is rendered from these rows by {@link #markdown()}.
 *
 * @param fault what goes wrong
 * @param call the call that meets it
 * @param server what the call talks to
 * @param arrange the faults scripted on the simulator before the call
 * @param error the exception the caller sees, or {@code null} when the call succeeds
 * @param delivered how much the caller receives before {@code error}, in the call's unit
 * @param minElapsed the least time the call takes (a honoured {@code Retry-After})
 * @param requests how many requests reach the server
 * @param outcome the {@code outcome} tag of the one TTS latency sample, or {@code null} for
 * calls that record none
 * @param breakerState the state of the resource's circuit breaker afterwards
 * @param failedCalls the failed calls the breaker counted
 * @param successfulCalls the successful calls the breaker counted
 * @author cartesia4j
 */
record FaultRow(String fault, FaultCall call, FaultServer server, Consumer<CartesiaSimulator> arrange,
		@Nullable Class<? extends Throwable> error, int delivered, Duration minElapsed, int requests,
		@Nullable String outcome, CircuitBreaker.State breakerState, int failedCalls, int successfulCalls) {

	static final String HEADER = """
			| Fault | Caller sees | Requests at server | `outcome` tag | Breaker after |
			|---|---|---|---|---|""";

	static Builder row(String fault, FaultCall call) {
		return new Builder(fault, call);
	}

	/**
	 * Render the row as a line of the README's fault table.
	 * @return the Markdown table row
	 */
	String markdown() {
		return "| " + this.fault + " (`" + this.call.operation() + "`) | " + callerSees() + " | " + this.requests
				+ " | " + ((this.outcome != null) ? "`" + this.outcome + "`" : "none (not a TTS call)") + " | "
				+ breakerAfter() + " |";
	}

	private String callerSees() {
		String seen;
		if (this.error == null) {
			seen = this.call.whole();
		}
		else if (this.delivered > 0) {
			String unit = (this.delivered == 1) ? this.call.unit().replaceAll("s$", "") : this.call.unit();
			seen = this.delivered + " " + unit + ", then `" + this.error.getSimpleName() + "`";
		}
		else {
			seen = "`" + this.error.getSimpleName() + "`";
		}
		return this.minElapsed.isZero() ? seen : seen + ", after at least " + seconds(this.minElapsed);
	}

	private String breakerAfter() {
		return "`cartesia-" + this.call.resource() + "` " + this.breakerState.name().toLowerCase(Locale.ROOT)
				.replace('_', '-') + ": " + this.failedCalls + " failed, " + this.successfulCalls + " successful";
	}

	private static String seconds(Duration duration) {
		return (duration.toMillis() % 1000 == 0) ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
	}

	@Override
	public String toString() {
		return this.fault + " (" + this.call.operation() + ")";
	}

	/**
	 * Builds a {@link FaultRow}; every expectation must be stated.
	 */
	static final class Builder {

		private final String fault;

		private final FaultCall call;

		private FaultServer server = FaultServer.SIMULATOR;

		private Consumer<CartesiaSimulator> arrange = (simulator) -> {
		};

		private @Nullable Class<? extends Throwable> error;

		private boolean outcomeStated;

		private int delivered;

		private Duration minElapsed = Duration.ZERO;

		private int requests = -1;

		private @Nullable String outcome;

		private int failedCalls = -1;

		private int successfulCalls = -1;

		private Builder(String fault, FaultCall call) {
			this.fault = fault;
			this.call = call;
		}

		Builder on(FaultServer server) {
			this.server = server;
			return this;
		}

		Builder given(Consumer<CartesiaSimulator> arrange) {
			this.arrange = arrange;
			return this;
		}

		Builder succeeds() {
			this.error = null;
			this.outcomeStated = true;
			return this;
		}

		Builder fails(Class<? extends Throwable> error) {
			return fails(0, error);
		}

		Builder fails(int delivered, Class<? extends Throwable> error) {
			this.error = error;
			this.delivered = delivered;
			this.outcomeStated = true;
			return this;
		}

		Builder waitsAtLeast(Duration minElapsed) {
			this.minElapsed = minElapsed;
			return this;
		}

		Builder requests(int requests) {
			this.requests = requests;
			return this;
		}

		Builder tagged(@Nullable String outcome) {
			this.outcome = outcome;
			return this;
		}

		Builder breaker(int failedCalls, int successfulCalls) {
			this.failedCalls = failedCalls;
			this.successfulCalls = successfulCalls;
			return this;
		}

		FaultRow build() {
			if (!this.outcomeStated || this.requests < 0 || this.failedCalls < 0
					|| (this.call.isTts() != (this.outcome != null))) {
				throw new IllegalStateException("Incomplete fault row: " + this.fault);
			}
			return new FaultRow(this.fault, this.call, this.server, this.arrange, this.error, this.delivered,
					this.minElapsed, this.requests, this.outcome, CircuitBreaker.State.CLOSED, this.failedCalls,
					this.successfulCalls);
		}

	}

}
