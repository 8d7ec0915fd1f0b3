package io.github.cartesia4j.client.agents;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import io.github.cartesia4j.client.core.CartesiaBadRequestException;
import io.github.cartesia4j.client.core.CartesiaNotFoundException;
import io.github.cartesia4j.client.core.Page;
import io.github.cartesia4j.client.core.PageRequest;
import io.github.cartesia4j.test.simulator.CartesiaSimulator;
import io.github.cartesia4j.testing.TestClients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AgentsSimulatorTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	@BeforeAll
	static void warmUp() {
		try (CartesiaSimulator sim = CartesiaSimulator.start()) {
			AgentsWire.warmUp(sim.baseUrl());
		}
	}

	@Test
	void agentCanBeReadUpdatedAndDeleted() {
		try (CartesiaSimulator sim = CartesiaSimulator.start()) {
			AgentsClient agents = TestClients.client(sim.baseUrl()).agents();
			List<AgentSummary> all = agents.list().collectList().block(TIMEOUT);
			assertThat(all).hasSize(1);
			AgentSummary seeded = all.get(0);
			assertThat(seeded.phoneNumbers()).hasSize(1);
			assertThat(seeded.deploymentCount()).isEqualTo(2);
			String agentId = seeded.id();
			StepVerifier.create(agents.phoneNumbers(agentId))
				.assertNext((number) -> {
					assertThat(number.agentId()).isEqualTo(agentId);
					assertThat(number.number()).isEqualTo(seeded.phoneNumbers().get(0).number());
					assertThat(number.cartesiaManaged()).isTrue();
				})
				.expectComplete()
				.verify(TIMEOUT);
			StepVerifier
				.create(agents.update(agentId,
						AgentUpdateRequest.builder().name("acme-night-line").ttsLanguage("es").build()))
				.assertNext((updated) -> {
					assertThat(updated.name()).isEqualTo("acme-night-line");
					assertThat(updated.ttsLanguage()).isEqualTo("es");
					assertThat(updated.ttsVoice()).isEqualTo(seeded.ttsVoice());
					assertThat(updated.description()).isEqualTo(seeded.description());
					assertThat(updated.updatedAt()).isAfter(seeded.updatedAt());
				})
				.expectComplete()
				.verify(TIMEOUT);
			StepVerifier.create(agents.get(agentId))
				.assertNext((agent) -> assertThat(agent.name()).isEqualTo("acme-night-line"))
				.expectComplete()
				.verify(TIMEOUT);
			StepVerifier.create(agents.delete(agentId)).expectComplete().verify(TIMEOUT);
			StepVerifier.create(agents.get(agentId))
				.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(CartesiaNotFoundException.class,
						(notFound) -> assertThat(notFound.getRequestId()).isNotBlank()))
				.verify(TIMEOUT);
			StepVerifier.create(agents.list()).expectComplete().verify(TIMEOUT);
			StepVerifier.create(agents.delete(agentId)).expectError(CartesiaNotFoundException.class).verify(TIMEOUT);
		}
	}

	@Test
	void deploymentsAndTemplatesAreListed() {
		try (CartesiaSimulator sim = CartesiaSimulator.start()) {
			AgentsClient agents = TestClients.client(sim.baseUrl()).agents();
			String agentId = agents.list().blockFirst(TIMEOUT).id();
			List<Deployment> deployments = agents.listDeployments(agentId).collectList().block(TIMEOUT);
			assertThat(deployments).hasSize(2).allSatisfy((deployment) -> {
				assertThat(deployment.agentId()).isEqualTo(agentId);
				assertThat(deployment.gitCommitHash()).hasSize(40);
				assertThat(deployment.buildCompletedAt()).isAfter(deployment.buildStartedAt());
			});
			assertThat(deployments).filteredOn(Deployment::live).singleElement().satisfies((live) -> {
				assertThat(live.status()).isEqualTo("deployed");
				StepVerifier.create(agents.getDeployment(live.id()))
					.expectNext(live)
					.expectComplete()
					.verify(TIMEOUT);
			});
			StepVerifier.create(agents.getDeployment("ad_missing"))
				.expectError(CartesiaNotFoundException.class)
				.verify(TIMEOUT);
			assertThat(agents.templates().collectList().block(TIMEOUT)).isNotEmpty()
				.allSatisfy((template) -> assertThat(template.repoUrl()).startsWith("https://"));
		}
	}

	@Test
	void callsArePagedNewestFirstWithTranscriptsAndAudio() {
		try (CartesiaSimulator sim = CartesiaSimulator.start()) {
			AgentsClient agents = TestClients.client(sim.baseUrl()).agents();
			String agentId = agents.list().blockFirst(TIMEOUT).id();
			Page<AgentCall> first = agents
				.listCalls(AgentCallListRequest.builder(agentId).limit(2).expandTranscript(true).build())
				.block(TIMEOUT);
			assertThat(first.hasMore()).isNull();
			assertThat(first.nextPage()).isEqualTo(first.data().get(1).id());
			assertThat(first.data()).allSatisfy((call) -> assertThat(call.transcript()).isNotEmpty());
			sim.clearRequests();
			List<AgentCall> calls = agents.listAllCalls(AgentCallListRequest.builder(agentId).limit(2).build())
				.collectList()
				.block(TIMEOUT);
			assertThat(sim.requests()).hasSize(3);
			assertThat(calls).hasSize(5).allSatisfy((call) -> assertThat(call.transcript()).isEmpty());
			assertThat(calls).extracting(AgentCall::startTime).isSortedAccordingTo((a, b) -> b.compareTo(a));
			AgentCall failed = calls.stream().filter((call) -> "failed".equals(call.status())).findFirst().get();
			assertThat(failed.errorMessage()).isNotBlank();
			AgentCall booking = agents.getCall(calls.get(0).id()).block(TIMEOUT);
			assertThat(booking.transcript()).anySatisfy((entry) -> assertThat(entry.toolCalls()).isNotEmpty())
				.anySatisfy((entry) -> assertThat(entry.logEvent()).isNotNull())
				.anySatisfy((entry) -> assertThat(entry.logMetric()).isNotNull());
			AgentTranscript last = booking.transcript().get(booking.transcript().size() - 1);
			byte[] wav = agents.downloadCallAudioToArray(booking.id()).block(TIMEOUT);
			assertThat(new String(wav, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
			ByteBuffer header = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
			int sampleRate = header.getInt(24);
			int dataSize = header.getInt(40);
			assertThat(wav).hasSize(44 + dataSize);
			assertThat(dataSize / 2.0 / sampleRate).isCloseTo(last.endTimestamp(), within(0.01));
			StepVerifier.create(agents.downloadCallAudio(failed.id())).expectComplete().verify(TIMEOUT);
			StepVerifier.create(agents.getCall("ac_missing"))
				.expectError(CartesiaNotFoundException.class)
				.verify(TIMEOUT);
		}
	}

	@Test
	void metricsCanBeCreatedAddedAndRemoved() {
		try (CartesiaSimulator sim = CartesiaSimulator.start()) {
			AgentsClient agents = TestClients.client(sim.baseUrl()).agents();
			String agentId = agents.list().blockFirst(TIMEOUT).id();
			assertThat(agents.listAllMetrics().collectList().block(TIMEOUT)).hasSize(2);
			Metric created = agents
				.createMetric(MetricCreateRequest.of("polite-agent", "Was the agent polite? Answer yes or no.")
					.withDisplayName("Polite Agent"))
				.block(TIMEOUT);
			assertThat(created.displayName()).isEqualTo("Polite Agent");
			assertThat(created.createdAt()).isNotNull();
			assertThat(agents.listAllMetrics(PageRequest.ofSize(2)).map(Metric::id).collectList().block(TIMEOUT))
				.hasSize(3)
				.endsWith(created.id());
			StepVerifier.create(agents.getMetric(created.id())).expectNext(created).expectComplete().verify(TIMEOUT);
			StepVerifier.create(agents.createMetric(MetricCreateRequest.of("polite-agent", "Again?")))
				.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(CartesiaBadRequestException.class)
					.hasMessageContaining("polite-agent"))
				.verify(TIMEOUT);
			StepVerifier.create(agents.addMetricToAgent(agentId, created.id())).expectComplete().verify(TIMEOUT);
			StepVerifier.create(agents.removeMetricFromAgent(agentId, created.id())).expectComplete().verify(TIMEOUT);
			StepVerifier.create(agents.removeMetricFromAgent(agentId, created.id()))
				.expectError(CartesiaNotFoundException.class)
				.verify(TIMEOUT);
			StepVerifier.create(agents.addMetricToAgent(agentId, "am_missing"))
				.expectError(CartesiaNotFoundException.class)
				.verify(TIMEOUT);
		}
	}

	@Test
	void metricResultsAreFilteredPagedAndExported() {
		try (CartesiaSimulator sim = CartesiaSimulator.start()) {
			AgentsClient agents = TestClients.client(sim.baseUrl()).agents();
			String agentId = agents.list().blockFirst(TIMEOUT).id();
			MetricResultFilter byAgent = MetricResultFilter.builder().agentId(agentId).build();
			sim.clearRequests();
			List<MetricResult> results = agents.listAllMetricResults(byAgent, PageRequest.ofSize(2))
				.collectList()
				.block(TIMEOUT);
			assertThat(sim.requests()).hasSize(4);
			assertThat(results).hasSize(8).allSatisfy((result) -> {
				assertThat(result.agentId()).isEqualTo(agentId);
				assertThat(result.metricId()).isNotBlank();
				assertThat(result.callId()).isNotBlank();
				assertThat(result.createdAt()).isNotNull();
			});
			MetricResult first = results.get(0);
			MetricResultFilter oneCall = byAgent.toBuilder()
				.callId(first.callId())
				.startDate(first.createdAt())
				.endDate(first.createdAt())
				.build();
			assertThat(agents.listAllMetricResults(oneCall).collectList().block(TIMEOUT)).containsExactly(first);
			String csv = agents.exportMetricResultsToString(byAgent.toBuilder().metricId(first.metricId()).build())
				.block(TIMEOUT);
			String[] lines = csv.split("\r\n");
			assertThat(lines).hasSize(5);
			assertThat(lines[0]).startsWith("id,metric_id,");
			assertThat(lines[1]).startsWith(first.id() + "," + first.metricId() + ",");
			StepVerifier.create(agents.exportMetricResults(MetricResultFilter.builder().callId("ac_missing").build()))
				.expectError(CartesiaNotFoundException.class)
				.verify(TIMEOUT);
			List<MetricResultsCsvPage> pages = agents.exportAllMetricResultsPages(byAgent, PageRequest.ofSize(3))
				.collectList()
				.block(TIMEOUT);
			assertThat(pages).hasSize(3);
			assertThat(pages).extracting(MetricResultsCsvPage::hasMore).containsExactly(true, true, false);
			assertThat(pages).extracting(MetricResultsCsvPage::limit).containsOnly(3);
			assertThat(pages.get(0).nextPage()).isEqualTo(results.get(2).id());
			assertThat(pages.get(2).csv().split("\r\n")).hasSize(3);
		}
	}

}
