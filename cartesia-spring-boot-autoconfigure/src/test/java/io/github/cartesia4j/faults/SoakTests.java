package io.github.cartesia4j.faults;

import java.net.SocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.HttpResources;
import reactor.netty.resources.ConnectionPoolMetrics;
import reactor.netty.resources.ConnectionProvider;
import reactor.test.StepVerifier;

import org.springframework.web.reactive.function.client.WebClient;

import io.github.cartesia4j.client.CartesiaClient;
import io.github.cartesia4j.client.core.CartesiaException;
import io.github.cartesia4j.client.core.ConcurrencyLimit;
import io.github.cartesia4j.resilience.Resilience4jCallDecorator;
import io.github.cartesia4j.test.simulator.CartesiaSimulator;
import io.github.cartesia4j.testing.TestClients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Thousands of mixed calls, 16 in flight, through the starter's retries and breakers,
 * against a simulator told, just before requests arrive, to fail about one in seven of them
 * in a random way. In the end, every success the server completed is a success the client
 * saw, no more and no fewer; every success is complete; no connection is still in use and no
 * call holds a concurrency slot; and Netty's paranoid leak detection, which fails the class
 * on a leak, reports no lost buffer. Tagged {@code soak} and left out of the default build:
 * run it with {@code ./mvnw -B -pl cartesia-spring-boot-autoconfigure -am -Psoak verify}
 * ({@code -Dgroups=soak} skips the simulator module's own tests); {@code -Dsoak.calls} and
 * {@code -Dsoak.seed} (the mix of calls; faults also depend on timing) change the run.
 */
@Tag("soak")
class SoakTests {

	private static final int CALLS = Integer.getInteger("soak.calls", 3000);

	private static final long SEED = Long.getLong("soak.seed", System.currentTimeMillis());

	private static final int IN_FLIGHT = 16;

	private static final int SUBSCRIBED = 24;

	private static final Duration BOUND = Duration.ofMinutes(5);

	private static final List<String> RESOURCES = List.of("tts", "api-status", "voices", "datasets");

	@Test
	void mixedCallsUnderFaultsLoseNothingDuplicateNothingAndLeakNoConnection() {
		Map<String, ConnectionPoolMetrics> pools = new ConcurrentHashMap<>();
		HttpResources.set(ConnectionProvider.builder("cartesia-soak")
			.maxConnections(64)
			.metrics(true, () -> new ConnectionProvider.MeterRegistrar() {

				@Override
				public void registerMetrics(String poolName, String id, SocketAddress remote,
						ConnectionPoolMetrics metrics) {
					pools.put(id + "@" + remote, metrics);
				}

			})
			.build());
		try (CartesiaSimulator simulator = CartesiaSimulator.start()) {
			soak(simulator, pools);
		}
		finally {
			HttpResources.reset();
		}
	}

	private void soak(CartesiaSimulator simulator, Map<String, ConnectionPoolMetrics> pools) {
		ConcurrencyLimit limit = ConcurrencyLimit.of(IN_FLIGHT, Duration.ofSeconds(60));
		Resilience4jCallDecorator decorator = TestClients
			.resilience(FaultClient.defaultBreaker(Duration.ofMillis(500)).build());
		Map<String, AtomicInteger> openings = new TreeMap<>();
		for (String resource : RESOURCES) {
			AtomicInteger opened = new AtomicInteger();
			openings.put(resource, opened);
			decorator.circuitBreaker(resource).getEventPublisher().onStateTransition((event) -> {
				if (event.getStateTransition().getToState() == CircuitBreaker.State.OPEN) {
					opened.incrementAndGet();
				}
			});
		}
		CartesiaClient plain = plain(simulator);
		SoakCall.Reference reference = SoakCall.Reference.record(plain);
		simulator.clearRequests();
		SoakTally tally = new SoakTally(simulator, SEED);
		CartesiaClient client = TestClients.builder(simulator.baseUrl())
			.firstByteTimeout(SoakFault.TIMEOUT)
			.chunkTimeout(SoakFault.TIMEOUT)
			.callDecorator(tally.countingTimeouts(decorator))
			.concurrencyLimit(limit)
			.webClientBuilder(WebClient.builder().filter(tally.injector()))
			.build();
		List<Plan> plans = plans(reference.voiceIds());
		long start = System.nanoTime();
		Flux<Void> run = Flux.fromIterable(plans)
			.flatMap((plan) -> counted(plan.call().send(client, plan.voiceId(), reference), tally), SUBSCRIBED);
		StepVerifier.create(run).expectComplete().verify(BOUND);
		Duration soaked = Duration.ofNanos(System.nanoTime() - start);
		Drain drain = drain(plain, tally, reference);
		int requests = simulator.requests().size();
		int serverSuccesses = requests - tally.faultedRequests();
		int clientSuccesses = tally.successes() + drain.successes();
		assertThat(pools).isNotEmpty();
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(pools.values())
			.allSatisfy((pool) -> assertThat(pool.acquiredSize() + pool.pendingAcquireSize()).isZero()));
		int open = pools.values().stream().mapToInt(ConnectionPoolMetrics::allocatedSize).sum();
		int idle = pools.values().stream().mapToInt(ConnectionPoolMetrics::idleSize).sum();
		int inUse = pools.values().stream().mapToInt(ConnectionPoolMetrics::acquiredSize).sum();
		System.out.println("SOAK seed=" + SEED + " calls=" + CALLS + " in " + soaked.toMillis() + " ms: client "
				+ tally.successes() + " ok / " + tally.failures() + " failed " + tally.failuresByType() + "; server "
				+ requests + " requests = " + serverSuccesses + " ok + " + tally.faultedRequests() + " faulted "
				+ tally.faultsByLabel() + "; drain " + drain.calls() + " calls, " + drain.successes()
				+ " ok; timeouts " + tally.timeouts() + " (" + tally.scriptedTimeouts() + " scripted); breaker "
				+ "openings " + openings + "; in flight " + limit.inFlight() + "; connections " + open + " open, "
				+ idle + " idle, " + inUse + " in use");
		assertThat(tally.successes() + tally.failures()).isEqualTo(CALLS);
		assertThat(clientSuccesses).as("successes the client saw vs successes the server completed (a normal answer "
				+ "slower than the timeouts would be one the server completed and the client gave up on)")
			.isEqualTo(serverSuccesses);
		assertThat(limit.inFlight()).isZero();
		assertThat(open).isEqualTo(idle);
	}

	/**
	 * Count how a call ended: a complete answer, or one of the client's own exceptions. Any
	 * other end, an incomplete answer above all, fails the soak.
	 */
	private static Mono<Void> counted(Mono<Void> call, SoakTally tally) {
		return call.doOnSuccess((done) -> tally.success())
			.onErrorResume((ex) -> ex instanceof CartesiaException || ex instanceof CallNotPermittedException, (ex) -> {
				tally.failure(ex);
				return Mono.empty();
			});
	}

	private List<Plan> plans(List<String> voiceIds) {
		SplittableRandom random = new SplittableRandom(SEED);
		return IntStream.range(0, CALLS)
			.mapToObj((index) -> new Plan(SoakCall.pick(random.nextInt(SoakCall.TOTAL_WEIGHT)),
					voiceIds.get(random.nextInt(voiceIds.size()))))
			.toList();
	}

	private static CartesiaClient plain(CartesiaSimulator simulator) {
		return TestClients.builder(simulator.baseUrl())
			.firstByteTimeout(SoakFault.TIMEOUT)
			.chunkTimeout(SoakFault.TIMEOUT)
			.build();
	}

	/**
	 * Use up any fault still scripted (one whose request never reached the server): call each
	 * faulted path once, without retries or injected faults, until it succeeds.
	 */
	private Drain drain(CartesiaClient plain, SoakTally tally, SoakCall.Reference reference) {
		int calls = 0;
		int successes = 0;
		for (String path : tally.faultedPaths()) {
			SoakCall call = SoakCall.of(path);
			String voiceId = path.substring(path.lastIndexOf('/') + 1);
			boolean succeeded = false;
			for (int attempt = 0; attempt < 10 && !succeeded; attempt++) {
				calls++;
				succeeded = Boolean.TRUE.equals(call.send(plain, voiceId, reference)
					.thenReturn(true)
					.onErrorResume(CartesiaException.class, (ex) -> Mono.just(false))
					.block(SoakFault.TIMEOUT.multipliedBy(2)));
			}
			assertThat(succeeded).as("%s serves again once its faults are used up", path).isTrue();
			successes++;
		}
		return new Drain(calls, successes);
	}

	/**
	 * One call of the soak.
	 *
	 * @param call the call
	 * @param voiceId the voice, for {@link SoakCall#VOICES_GET}
	 */
	record Plan(SoakCall call, String voiceId) {

	}

	private record Drain(int calls, int successes) {

	}

}
