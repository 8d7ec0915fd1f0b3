package io.github.cartesia4j.faults;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;

import io.github.cartesia4j.test.simulator.SimulatorFault;
import io.github.cartesia4j.test.simulator.SimulatorFault.Ending;

/**
 * A fault the soak test scripts for the next {@code times} requests to one path. Every fault
 * here fails the attempt it hits, so a request that meets one is never a success at the
 * server, and one that meets none always is: a 200 body that is complete but short would be
 * indistinguishable from a real answer, so none is scripted.
 *
 * @param label the fault's name in the summary
 * @param fault the fault
 * @param times how many requests it hits; 3 exhausts a call's attempts
 * @author cartesia4j
 */
record SoakFault(String label, SimulatorFault fault, int times) {

	/**
	 * How long the soak waits for a first byte or a next chunk.
	 */
	static final Duration TIMEOUT = Duration.ofSeconds(6);

	/**
	 * The labels of the faults that end in a timeout.
	 */
	static final Set<String> TIMING_OUT = Set.of("no headers", "audio+stall", "sse+stall");

	private static final Duration NEVER = TIMEOUT.plusSeconds(2);

	private static final int PERCENT_FAULTED = 8;

	/**
	 * Pick the fault for a request that is going out, if any: 8% of requests script one,
	 * for that request and up to 2 more to the same path.
	 * @param call the call the request belongs to
	 * @param random the source of randomness
	 * @return the fault, or {@code null}
	 */
	static @Nullable SoakFault pick(SoakCall call, SplittableRandom random) {
		if (random.nextInt(100) >= PERCENT_FAULTED) {
			return null;
		}
		List<Weighted> choices = choices(call);
		int total = choices.stream().mapToInt(Weighted::weight).sum();
		int roll = random.nextInt(total);
		for (Weighted choice : choices) {
			roll -= choice.weight();
			if (roll < 0) {
				int times = choice.retryable() ? 1 + random.nextInt(3) : 1;
				return new SoakFault(choice.label(), choice.fault(), times);
			}
		}
		throw new IllegalStateException("no fault picked");
	}

	private static List<Weighted> choices(SoakCall call) {
		List<Weighted> choices = new ArrayList<>();
		choices.add(new Weighted("500", SimulatorFault.status(500), 8, true));
		choices.add(new Weighted("502", SimulatorFault.status(502), 6, true));
		choices.add(new Weighted("503", SimulatorFault.status(503), 8, true));
		choices.add(new Weighted("504", SimulatorFault.status(504), 4, true));
		choices.add(new Weighted("408", SimulatorFault.status(408), 3, true));
		choices.add(new Weighted("409", SimulatorFault.status(409), 2, true));
		choices.add(new Weighted("429", SimulatorFault.status(429).header("retry-after-ms", "20"), 8, true));
		choices.add(new Weighted("400", SimulatorFault.status(400), 3, false));
		choices.add(new Weighted("reset", SimulatorFault.reset(), 8, true));
		choices.add(new Weighted("empty reply", SimulatorFault.emptyReply(), 6, true));
		choices.add(new Weighted("no headers", SimulatorFault.delay(NEVER), 1, false));
		switch (call) {
			case TTS_BYTES -> {
				choices.add(new Weighted("audio+reset", SimulatorFault.audioThen(2048, Ending.RESET), 8, false));
				choices.add(new Weighted("audio+close", SimulatorFault.audioThen(2048, Ending.CLOSE), 6, false));
				choices.add(new Weighted("audio+stall", SimulatorFault.audioThen(2048, Ending.STALL), 1, false));
			}
			case TTS_SSE -> {
				choices.add(new Weighted("sse+reset", SimulatorFault.sseChunksThen(2, Ending.RESET), 6, false));
				choices.add(new Weighted("sse+stall", SimulatorFault.sseChunksThen(2, Ending.STALL), 1, false));
				choices.add(new Weighted("sse without done", SimulatorFault.sseChunksThen(2, Ending.COMPLETE), 4,
						false));
				choices.add(new Weighted("sse truncated frame", SimulatorFault.sseTruncatedFrame(), 4, false));
				choices.add(new Weighted("sse error 500", SimulatorFault.sseErrorFrame(500, "internal_error"), 4,
						false));
				choices.add(new Weighted("sse error 400", SimulatorFault.sseErrorFrame(400, "invalid_request"), 2,
						false));
			}
			default -> {
				choices.add(new Weighted("malformed json", SimulatorFault.malformedJson(), 6, false));
				choices.add(new Weighted("json cut short", SimulatorFault.partial("application/json",
						"{\"data\":[{\"id\":".getBytes(StandardCharsets.UTF_8), Ending.CLOSE), 3, false));
			}
		}
		return choices;
	}

	private record Weighted(String label, SimulatorFault fault, int weight, boolean retryable) {

	}

}
