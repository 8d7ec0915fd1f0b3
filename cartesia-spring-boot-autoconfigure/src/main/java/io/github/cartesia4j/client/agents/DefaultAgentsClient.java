package io.github.cartesia4j.client.agents;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JavaType;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import io.github.cartesia4j.client.core.Arguments;
import io.github.cartesia4j.client.core.CartesiaHttp;
import io.github.cartesia4j.client.core.CartesiaJson;
import io.github.cartesia4j.client.core.CartesiaRequest;
import io.github.cartesia4j.client.core.Page;
import io.github.cartesia4j.client.core.PageRequest;
import io.github.cartesia4j.client.core.Paginator;
import io.github.cartesia4j.client.core.RequestOptions;

/**
 * Default {@link AgentsClient} on {@link CartesiaHttp}.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
final class DefaultAgentsClient implements AgentsClient {

	static final String RESOURCE = "agents";

	private static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv");

	private static final JavaType PHONE_NUMBERS = listType(PhoneNumber.class);

	private static final JavaType DEPLOYMENTS = listType(Deployment.class);

	private final CartesiaHttp http;

	DefaultAgentsClient(CartesiaHttp http) {
		this.http = http;
	}

	@Override
	public Flux<AgentSummary> list() {
		return this.http.json(request("list", HttpMethod.GET, "/agents").build(), AgentList.class)
			.flatMapIterable(AgentList::summaries);
	}

	@Override
	public Mono<AgentSummary> get(String agentId) {
		Arguments.requireText(agentId, "agent_id");
		return this.http.json(request("get", HttpMethod.GET, "/agents/{}", agentId).build(), AgentSummary.class);
	}

	@Override
	public Mono<AgentSummary> update(String agentId, AgentUpdateRequest request) {
		Arguments.requireText(agentId, "agent_id");
		Arguments.requireNonNull(request, "request");
		return this.http.json(request("update", HttpMethod.PATCH, "/agents/{}", agentId).json(request).build(),
				AgentSummary.class);
	}

	@Override
	public Mono<Void> delete(String agentId) {
		Arguments.requireText(agentId, "agent_id");
		return this.http.noContent(request("delete", HttpMethod.DELETE, "/agents/{}", agentId).build());
	}

	@Override
	public Flux<AgentTemplate> templates() {
		return this.http
			.json(request("templates", HttpMethod.GET, "/agents/templates").build(), AgentTemplateList.class)
			.flatMapIterable(AgentTemplateList::templates);
	}

	@Override
	public Flux<PhoneNumber> phoneNumbers(String agentId) {
		Arguments.requireText(agentId, "agent_id");
		return this.http
			.<List<PhoneNumber>>json(
					request("phone_numbers", HttpMethod.GET, "/agents/{}/phone-numbers", agentId).build(),
					PHONE_NUMBERS)
			.flatMapIterable((numbers) -> numbers);
	}

	@Override
	public Mono<Page<AgentCall>> listCalls(AgentCallListRequest request) {
		Arguments.requireNonNull(request, "request");
		return this.http.json(request.applyTo(request("list_calls", HttpMethod.GET, "/agents/calls")).build(),
				Page.type(AgentCall.class));
	}

	@Override
	public Flux<AgentCall> listAllCalls(AgentCallListRequest request) {
		Arguments.requireNonNull(request, "request");
		return Paginator.follow((cursor) -> listCalls((cursor != null) ? request.after(cursor) : request),
				AgentCall::id);
	}

	@Override
	public Mono<AgentCall> getCall(String callId) {
		Arguments.requireText(callId, "call_id");
		return this.http.json(request("get_call", HttpMethod.GET, "/agents/calls/{}", callId).build(),
				AgentCall.class);
	}

	@Override
	public Flux<byte[]> downloadCallAudio(String callId) {
		Arguments.requireText(callId, "call_id");
		return this.http.bytes(request("download_call_audio", HttpMethod.GET, "/agents/calls/{}/audio", callId)
			.accept(MediaType.ALL)
			.build());
	}

	@Override
	public Mono<byte[]> downloadCallAudioToArray(String callId) {
		return join(downloadCallAudio(callId)).filter((audio) -> audio.length > 0);
	}

	@Override
	public Mono<Page<Metric>> listMetrics(PageRequest page) {
		Arguments.requireNonNull(page, "page");
		return this.http.json(page.applyTo(request("list_metrics", HttpMethod.GET, "/agents/metrics")).build(),
				Page.type(Metric.class));
	}

	@Override
	public Flux<Metric> listAllMetrics(PageRequest page) {
		Arguments.requireNonNull(page, "page");
		return Paginator.follow((cursor) -> listMetrics(from(page, cursor)), Metric::id);
	}

	@Override
	public Mono<Metric> getMetric(String metricId) {
		Arguments.requireText(metricId, "metric_id");
		return this.http.json(request("get_metric", HttpMethod.GET, "/agents/metrics/{}", metricId).build(),
				Metric.class);
	}

	@Override
	public Mono<Metric> createMetric(MetricCreateRequest request) {
		Arguments.requireNonNull(request, "request");
		return this.http.json(request("create_metric", HttpMethod.POST, "/agents/metrics").json(request).build(),
				Metric.class);
	}

	@Override
	public Mono<Void> addMetricToAgent(String agentId, String metricId) {
		Arguments.requireText(agentId, "agent_id");
		Arguments.requireText(metricId, "metric_id");
		return this.http.noContent(request("add_metric_to_agent", HttpMethod.POST, "/agents/{}/metrics/{}", agentId,
				metricId)
			.build());
	}

	@Override
	public Mono<Void> removeMetricFromAgent(String agentId, String metricId) {
		Arguments.requireText(agentId, "agent_id");
		Arguments.requireText(metricId, "metric_id");
		return this.http.noContent(request("remove_metric_from_agent", HttpMethod.DELETE, "/agents/{}/metrics/{}",
				agentId, metricId)
			.build());
	}

	@Override
	public Mono<Page<MetricResult>> listMetricResults(MetricResultFilter filter, PageRequest page) {
		Arguments.requireNonNull(filter, "filter");
		Arguments.requireNonNull(page, "page");
		CartesiaRequest.Builder request = filter
			.applyTo(request("list_metric_results", HttpMethod.GET, "/agents/metrics/results"));
		return this.http.json(page.applyTo(request).build(), Page.type(MetricResult.class));
	}

	@Override
	public Flux<MetricResult> listAllMetricResults(MetricResultFilter filter, PageRequest page) {
		Arguments.requireNonNull(filter, "filter");
		Arguments.requireNonNull(page, "page");
		return Paginator.follow((cursor) -> listMetricResults(filter, from(page, cursor)), MetricResult::id);
	}

	@Override
	public Flux<byte[]> exportMetricResults(MetricResultFilter filter) {
		Arguments.requireNonNull(filter, "filter");
		return this.http.bytes(exportRequest("export_metric_results", filter).build());
	}

	@Override
	public Mono<String> exportMetricResultsToString(MetricResultFilter filter) {
		return join(exportMetricResults(filter)).map((csv) -> new String(csv, StandardCharsets.UTF_8));
	}

	@Override
	public Mono<MetricResultsCsvPage> exportMetricResultsPage(MetricResultFilter filter, PageRequest page) {
		Arguments.requireNonNull(filter, "filter");
		Arguments.requireNonNull(page, "page");
		CartesiaRequest request = page.applyTo(exportRequest("export_metric_results", filter)).build();
		return this.http.streamed(request)
			.flatMap((response) -> join(response.body())
				.map((csv) -> new MetricResultsCsvPage(new String(csv, StandardCharsets.UTF_8),
						Boolean.parseBoolean(trimmed(response.header("x-has-more"))),
						integer(response.header("x-limit")), trimmed(response.header("x-next-page")))));
	}

	@Override
	public Flux<MetricResultsCsvPage> exportAllMetricResultsPages(MetricResultFilter filter, PageRequest page) {
		Arguments.requireNonNull(filter, "filter");
		Arguments.requireNonNull(page, "page");
		return Paginator.follow((cursor) -> exportMetricResultsPage(filter, from(page, cursor))
			.map((csv) -> new Page<>(List.of(csv), csv.nextCursor() != null, csv.nextCursor())),
				(csv) -> Objects.toString(csv.nextCursor(), ""));
	}

	@Override
	public Flux<Deployment> listDeployments(String agentId) {
		Arguments.requireText(agentId, "agent_id");
		return this.http
			.<List<Deployment>>json(
					request("list_deployments", HttpMethod.GET, "/agents/{}/deployments", agentId).build(), DEPLOYMENTS)
			.flatMapIterable((deployments) -> deployments);
	}

	@Override
	public Mono<Deployment> getDeployment(String deploymentId) {
		Arguments.requireText(deploymentId, "deployment_id");
		return this.http.json(
				request("get_deployment", HttpMethod.GET, "/agents/deployments/{}", deploymentId).build(),
				Deployment.class);
	}

	@Override
	public AgentsClient withOptions(RequestOptions options) {
		return new DefaultAgentsClient(this.http.withOptions(options));
	}

	private static CartesiaRequest.Builder request(String operation, HttpMethod method, String path,
			String... pathParameters) {
		return CartesiaRequest.of(RESOURCE, operation, method, path, pathParameters);
	}

	private static CartesiaRequest.Builder exportRequest(String operation, MetricResultFilter filter) {
		return filter.applyTo(request(operation, HttpMethod.GET, "/agents/metrics/results/export")).accept(TEXT_CSV);
	}

	private static PageRequest from(PageRequest first, @Nullable String cursor) {
		return (cursor != null) ? first.after(cursor) : first;
	}

	private static Mono<byte[]> join(Flux<byte[]> chunks) {
		return chunks.collect(ByteArrayOutputStream::new, ByteArrayOutputStream::writeBytes)
			.map(ByteArrayOutputStream::toByteArray);
	}

	private static @Nullable String trimmed(@Nullable String value) {
		return (value != null && !value.isBlank()) ? value.trim() : null;
	}

	private static @Nullable Integer integer(@Nullable String value) {
		String text = trimmed(value);
		if (text == null) {
			return null;
		}
		try {
			return Integer.valueOf(text);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static JavaType listType(Class<?> itemType) {
		return CartesiaJson.mapper().getTypeFactory().constructCollectionType(List.class, itemType);
	}

}
