package io.github.cartesia4j.client.agents;

import java.time.Duration;
import java.time.Instant;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import io.github.cartesia4j.client.core.CartesiaNotFoundException;
import io.github.cartesia4j.testing.RecordedRequests;
import io.github.cartesia4j.testing.TestClients;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

class AgentsClientWireTests {

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@BeforeAll
	static void warmUp() {
		AgentsWire.warmUp(wireMock.baseUrl());
		wireMock.resetAll();
	}

	static final String AGENT = """
			{"id": "agent_123", "name": "cartesia-basic-chat", "description": "A basic chat agent",
			 "created_at": "2025-08-13T12:00:00Z", "updated_at": "2025-08-13T12:30:00.123456Z",
			 "tts_voice": "bf0a246a-8642-498a-9950-80c35e9276b5", "tts_language": "en", "webhook_id": null,
			 "deleted_at": null, "git_repository": {"provider": "github", "account": "cartesia-ai",
			 "name": "cartesia-basic-chat"}, "git_deploy_branch": "main",
			 "phone_numbers": [{"id": "123456", "number": "+11234567890"}], "has_text_to_agent_run": false,
			 "deployment_count": 1, "future_field": {"nested": true}}
			""";

	static final String DEPLOYMENT = """
			{"id": "ad_abc123", "agent_id": "agent_abc123", "status": "deployed", "is_live": true,
			 "is_pinned": false, "env_var_collection_id": "env_123", "source_code_file_id": "scf_456",
			 "git_commit_hash": "commit_hash_abc", "created_at": "2025-07-25T06:50:12.889Z",
			 "updated_at": "2025-07-25T07:00:12.889Z", "build_completed_at": "2025-07-25T07:10:12.889Z",
			 "build_error": null, "build_logs": "Build logs here", "build_started_at": "2025-07-25T06:55:12.889Z",
			 "deployment_started_at": "2025-07-25T07:15:12.889Z",
			 "deployment_completed_at": "2025-07-25T07:20:12.889+00:00", "deployment_error": null,
			 "region": "us-west"}
			""";

	private final AgentsClient agents = TestClients.client(wireMock.baseUrl()).agents();

	@Test
	void listReadsTheSummariesWrapper() {
		wireMock.stubFor(any(anyUrl()).willReturn(okJson("{\"summaries\": [" + AGENT + "], \"total\": 1}")));
		StepVerifier.create(this.agents.list()).assertNext((agent) -> {
			assertThat(agent.id()).isEqualTo("agent_123");
			assertThat(agent.gitRepository())
				.isEqualTo(new GitRepository("github", "cartesia-ai", "cartesia-basic-chat"));
			assertThat(agent.phoneNumbers()).containsExactly(new PhoneNumberSummary("123456", "+11234567890"));
			assertThat(agent.updatedAt()).isEqualTo(Instant.parse("2025-08-13T12:30:00.123456Z"));
			assertThat(agent.deploymentCount()).isEqualTo(1);
			assertThat(agent.hasTextToAgentRun()).isFalse();
		}).expectComplete().verify(Duration.ofSeconds(5));
		LoggedRequest request = RecordedRequests.only(wireMock);
		AgentsWire.assertRequest(request, "GET", "/agents");
		assertThat(request.getBodyAsString()).isEmpty();
	}

	@Test
	void getEncodesTheAgentIdAndParsesEveryField() {
		wireMock.stubFor(any(anyUrl()).willReturn(okJson(AGENT)));
		StepVerifier.create(this.agents.get("agent 1/2")).assertNext((agent) -> {
			assertThat(agent.name()).isEqualTo("cartesia-basic-chat");
			assertThat(agent.description()).isEqualTo("A basic chat agent");
			assertThat(agent.createdAt()).isEqualTo(Instant.parse("2025-08-13T12:00:00Z"));
			assertThat(agent.ttsVoice()).isEqualTo("bf0a246a-8642-498a-9950-80c35e9276b5");
			assertThat(agent.ttsLanguage()).isEqualTo("en");
			assertThat(agent.gitDeployBranch()).isEqualTo("main");
			assertThat(agent.webhookId()).isNull();
			assertThat(agent.deletedAt()).isNull();
		}).expectComplete().verify(Duration.ofSeconds(5));
		AgentsWire.assertRequest(RecordedRequests.only(wireMock), "GET", "/agents/agent%201%2F2");
	}

	@Test
	void updateSendsOnlyTheFieldsThatAreSet() {
		wireMock.stubFor(any(anyUrl()).willReturn(okJson(AGENT)));
		AgentUpdateRequest update = AgentUpdateRequest.builder()
			.ttsVoice("bf0a246a-8642-498a-9950-80c35e9276b5")
			.ttsLanguage("en")
			.build();
		StepVerifier.create(this.agents.update("agent_123", update))
			.assertNext((agent) -> assertThat(agent.id()).isEqualTo("agent_123"))
			.expectComplete()
			.verify(Duration.ofSeconds(5));
		LoggedRequest request = RecordedRequests.only(wireMock);
		AgentsWire.assertRequest(request, "PATCH", "/agents/agent_123");
		assertThat(request.getHeader("Content-Type")).startsWith("application/json");
		RecordedRequests.assertJsonBody(request,
				"{\"tts_voice\": \"bf0a246a-8642-498a-9950-80c35e9276b5\", \"tts_language\": \"en\"}");
	}

	@Test
	void updateSendsNameAndAnEmptyDescription() {
		wireMock.stubFor(any(anyUrl()).willReturn(okJson(AGENT)));
		AgentUpdateRequest update = AgentUpdateRequest.builder().name("renamed").description("").build();
		StepVerifier.create(this.agents.update("agent_123", update))
			.expectNextCount(1)
			.expectComplete()
			.verify(Duration.ofSeconds(5));
		RecordedRequests.assertJsonBody(RecordedRequests.only(wireMock),
				"{\"name\": \"renamed\", \"description\": \"\"}");
	}

	@Test
	void deleteCompletesOnNoContent() {
		wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204)));
		StepVerifier.create(this.agents.delete("agent_123")).expectComplete().verify(Duration.ofSeconds(5));
		LoggedRequest request = RecordedRequests.only(wireMock);
		AgentsWire.assertRequest(request, "DELETE", "/agents/agent_123");
		assertThat(request.getBodyAsString()).isEmpty();
	}

	@Test
	void templatesReadsTheTemplatesWrapper() {
		wireMock.stubFor(any(anyUrl()).willReturn(okJson("""
				{"templates": [{"id": "cartesia-basic-chat", "name": "Cartesia Basic Chat",
				 "description": "A basic chat agent", "owner_id": "cartesia-ai",
				 "repo_url": "https://github.com/cartesia-ai/line", "root_dir": "",
				 "required_env_vars": ["GEMINI_API_KEY"], "dependencies": null,
				 "created_at": "2025-07-25T06:50:12.889Z", "updated_at": "2025-07-25T06:50:12.889Z",
				 "stars": 12}]}
				""")));
		StepVerifier.create(this.agents.templates()).assertNext((template) -> {
			assertThat(template.id()).isEqualTo("cartesia-basic-chat");
			assertThat(template.repoUrl()).isEqualTo("https://github.com/cartesia-ai/line");
			assertThat(template.rootDir()).isEmpty();
			assertThat(template.ownerId()).isEqualTo("cartesia-ai");
			assertThat(template.requiredEnvVars()).containsExactly("GEMINI_API_KEY");
			assertThat(template.dependencies()).isEmpty();
			assertThat(template.createdAt()).isEqualTo(Instant.parse("2025-07-25T06:50:12.889Z"));
		}).expectComplete().verify(Duration.ofSeconds(5));
		AgentsWire.assertRequest(RecordedRequests.only(wireMock), "GET", "/agents/templates");
	}

	@Test
	void phoneNumbersReadsABareArray() {
		wireMock.stubFor(any(anyUrl()).willReturn(okJson("""
				[{"agent_id": "agent_demo", "number": "+11234567890", "created_at": "2025-06-06T00:54:01.705Z",
				  "updated_at": "2025-06-06T01:32:42.879Z", "is_cartesia_managed": true, "sid": "PN123"}]
				""")));
		StepVerifier.create(this.agents.phoneNumbers("agent_demo"))
			.assertNext((number) -> assertThat(number).isEqualTo(new PhoneNumber("agent_demo", "+11234567890",
					Instant.parse("2025-06-06T00:54:01.705Z"), Instant.parse("2025-06-06T01:32:42.879Z"), true)))
			.expectComplete()
			.verify(Duration.ofSeconds(5));
		AgentsWire.assertRequest(RecordedRequests.only(wireMock), "GET", "/agents/agent_demo/phone-numbers");
	}

	@Test
	void listDeploymentsReadsABareArray() {
		wireMock.stubFor(any(anyUrl()).willReturn(okJson("[" + DEPLOYMENT + "," + DEPLOYMENT + "]")));
		StepVerifier.create(this.agents.listDeployments("agent_demo"))
			.assertNext(AgentsClientWireTests::assertDeployment)
			.assertNext(AgentsClientWireTests::assertDeployment)
			.expectComplete()
			.verify(Duration.ofSeconds(5));
		AgentsWire.assertRequest(RecordedRequests.only(wireMock), "GET", "/agents/agent_demo/deployments");
	}

	@Test
	void getDeploymentParsesEveryField() {
		wireMock.stubFor(any(anyUrl()).willReturn(okJson(DEPLOYMENT)));
		StepVerifier.create(this.agents.getDeployment("ad_abc123"))
			.assertNext(AgentsClientWireTests::assertDeployment)
			.expectComplete()
			.verify(Duration.ofSeconds(5));
		AgentsWire.assertRequest(RecordedRequests.only(wireMock), "GET", "/agents/deployments/ad_abc123");
	}

	private static void assertDeployment(Deployment deployment) {
		assertThat(deployment.id()).isEqualTo("ad_abc123");
		assertThat(deployment.agentId()).isEqualTo("agent_abc123");
		assertThat(deployment.status()).isEqualTo("deployed");
		assertThat(deployment.live()).isTrue();
		assertThat(deployment.pinned()).isFalse();
		assertThat(deployment.envVarCollectionId()).isEqualTo("env_123");
		assertThat(deployment.sourceCodeFileId()).isEqualTo("scf_456");
		assertThat(deployment.gitCommitHash()).isEqualTo("commit_hash_abc");
		assertThat(deployment.buildLogs()).isEqualTo("Build logs here");
		assertThat(deployment.buildStartedAt()).isEqualTo(Instant.parse("2025-07-25T06:55:12.889Z"));
		assertThat(deployment.buildCompletedAt()).isEqualTo(Instant.parse("2025-07-25T07:10:12.889Z"));
		assertThat(deployment.deploymentStartedAt()).isEqualTo(Instant.parse("2025-07-25T07:15:12.889Z"));
		assertThat(deployment.deploymentCompletedAt()).isEqualTo(Instant.parse("2025-07-25T07:20:12.889Z"));
		assertThat(deployment.buildError()).isNull();
		assertThat(deployment.deploymentError()).isNull();
	}

	@Test
	void notFoundBecomesTypedExceptionWithRequestId() {
		wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error_code\": \"not_found\", \"title\": \"Not found\", \"message\": \"Agent not found\", "
					+ "\"request_id\": \"5b0e2f4c-0000-4000-8000-000000000001\"}")));
		StepVerifier.create(this.agents.get("agent_missing"))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(CartesiaNotFoundException.class,
					(notFound) -> {
						assertThat(notFound.getStatusCode()).isEqualTo(404);
						assertThat(notFound.getRequestId()).isEqualTo("5b0e2f4c-0000-4000-8000-000000000001");
						assertThat(notFound.getApiMessage()).isEqualTo("Agent not found");
						assertThat(notFound.getMessage()).doesNotContain(TestClients.API_KEY);
					}))
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void timestampsWithoutOffsetAreReadAsUtcAndEmptyOnesAsAbsent() {
		wireMock.stubFor(any(anyUrl()).willReturn(okJson(AGENT.replace("\"2025-08-13T12:00:00Z\"",
				"\"2025-08-13T12:00:00\"").replace("\"deleted_at\": null", "\"deleted_at\": \"\""))));
		StepVerifier.create(this.agents.get("agent_123")).assertNext((agent) -> {
			assertThat(agent.createdAt()).isEqualTo(Instant.parse("2025-08-13T12:00:00Z"));
			assertThat(agent.deletedAt()).isNull();
		}).expectComplete().verify(Duration.ofSeconds(5));
	}

}
