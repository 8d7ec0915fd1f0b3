package io.github.cartesia4j.client.agents;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.cartesia4j.client.core.CartesiaHttp;
import io.github.cartesia4j.client.core.Page;
import io.github.cartesia4j.client.core.PageRequest;
import io.github.cartesia4j.client.core.RequestOptions;

/**
 * Voice agents: agents, calls, metrics and deployments of the Cartesia API. Invalid
 * arguments fail with an {@link IllegalArgumentException} naming the field before anything
 * is sent; API failures arrive as {@code CartesiaException}s.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public interface AgentsClient {

	/**
	 * Create a client.
	 * @param http the transport
	 * @return the client
	 */
	static AgentsClient create(CartesiaHttp http) {
		return new DefaultAgentsClient(http);
	}

	/**
	 * List the account's agents ({@code GET /agents}, not paginated).
	 * @return the agents
	 * @see <a href="https://docs.cartesia.ai/api-reference/agents/agents/list">List Agents</a>
	 */
	Flux<AgentSummary> list();

	/**
	 * Get an agent ({@code GET /agents/{agent_id}}).
	 * @param agentId the agent id
	 * @return the agent
	 * @see <a href="https://docs.cartesia.ai/api-reference/agents/agents/get">Get Agent</a>
	 */
	Mono<AgentSummary> get(String agentId);

	/**
	 * Change an agent's name, description, voice or language
	 * ({@code PATCH /agents/{agent_id}}).
	 * @param agentId the agent id
	 * @param request the changes; fields left {@code null} are not sent
	 * @return the updated agent
	 * @see <a href="https://docs.cartesia.ai/api-reference/agents/agents/update">Update Agent</a>
	 */
	Mono<AgentSummary> update(String agentId, AgentUpdateRequest request);

	/**
	 * Delete an agent ({@code DELETE /agents/{agent_id}}).
	 * @param agentId the agent id
	 * @return completes once the agent is deleted
	 * @see <a href="https://docs.cartesia.ai/api-reference/agents/agents/delete">Delete Agent</a>
	 */
	Mono<Void> delete(String agentId);

	/**
	 * List the public agent templates ({@code GET /agents/templates}).
	 * @return the templates
	 * @see <a href="https://docs.cartesia.ai/api-reference/agents/agents/templates">List Templates</a>
	 */
	Flux<AgentTemplate> templates();

	/**
	 * List the phone numbers of an agent ({@code GET /agents/{agent_id}/phone-numbers}).
	 * @param agentId the agent id
	 * @return the phone numbers
	 * @see <a href="https://docs.cartesia.ai/api-reference/agents/agents/phone-numbers">List Phone
	 * Numbers</a>
	 */
	Flux<PhoneNumber> phoneNumbers(String agentId);

	/**
	 * List one page of an agent's calls, newest first ({@code GET /agents/calls}). The API
	 * sends no {@code has_more} here: {@link Page#hasMore()} is {@code null} and
	 * {@link Page#nextPage()} is the cursor of the next page, or {@code null} on the last.
	 * @param request the agent, whether to include transcripts, and the page
	 * @return the page
	 * @see <a href="https://docs.cartesia.ai/api-reference/agents/calls/list-calls">List Calls</a>
	 */
	Mono<Page<AgentCall>> listCalls(AgentCallListRequest request);

	/**
	 * List every call of an agent, fetching pages only as they are consumed.
	 * @param request the agent, whether to include transcripts, and the page size
	 * @return the calls, newest first
	 */
	Flux<AgentCall> listAllCalls(AgentCallListRequest request);

	/**
	 * Get a call with its transcript ({@code GET /agents/calls/{call_id}}).
	 * @param callId the call id
	 * @return the call
	 * @see <a href="https://docs.cartesia.ai/api-reference/agents/calls/get-call">Get Call</a>
	 */
	Mono<AgentCall> getCall(String callId);

	/**
	 * Download the recording of a call as WAV audio, streamed as it arrives
	 * ({@code GET /agents/calls/{call_id}/audio}).
	 * @param callId the call id
	 * @return the audio chunks, in order; completes empty when the API has no audio (204)
	 * @see <a href="https://docs.cartesia.ai/api-reference/agents/calls/download-call-audio">Download
	 * Call Audio</a>
	 */
	Flux<byte[]> downloadCallAudio(String callId);

	/**
	 * Download the recording of a call as one WAV file in memory.
	 * @param callId the call id
	 * @return the audio; empty when the API has no audio (204)
	 */
	Mono<byte[]> downloadCallAudioToArray(String callId);

	/**
	 * List one page of the account's metrics ({@code GET /agents/metrics}).
	 * @param page the page size and cursor; the API documents {@code limit} and
	 * {@code starting_after} only here
	 * @return the page
	 */
	Mono<Page<Metric>> listMetrics(PageRequest page);

	/**
	 * List the first page of the account's metrics with the API's default size.
	 * @return the page
	 */
	default Mono<Page<Metric>> listMetrics() {
		return listMetrics(PageRequest.FIRST);
	}

	/**
	 * List every metric, fetching pages only as they are consumed.
	 * @param page the page size and the cursor to start after
	 * @return the metrics
	 */
	Flux<Metric> listAllMetrics(PageRequest page);

	/**
	 * List every metric with the API's default page size.
	 * @return the metrics
	 */
	default Flux<Metric> listAllMetrics() {
		return listAllMetrics(PageRequest.FIRST);
	}

	/**
	 * Get a metric ({@code GET /agents/metrics/{metric_id}}).
	 * @param metricId the metric id
	 * @return the metric
	 */
	Mono<Metric> getMetric(String metricId);

	/**
	 * Create a metric ({@code POST /agents/metrics}).
	 * @param request the name, prompt and display name
	 * @return the new metric
	 */
	Mono<Metric> createMetric(MetricCreateRequest request);

	/**
	 * Run a metric on every future call of an agent
	 * ({@code POST /agents/{agent_id}/metrics/{metric_id}}).
	 * @param agentId the agent id
	 * @param metricId the metric id
	 * @return completes once the metric is added
	 */
	Mono<Void> addMetricToAgent(String agentId, String metricId);

	/**
	 * Stop running a metric on an agent's calls; existing results remain
	 * ({@code DELETE /agents/{agent_id}/metrics/{metric_id}}).
	 * @param agentId the agent id
	 * @param metricId the metric id
	 * @return completes once the metric is removed
	 */
	Mono<Void> removeMetricFromAgent(String agentId, String metricId);

	/**
	 * List one page of metric results ({@code GET /agents/metrics/results}).
	 * @param filter which results to list
	 * @param page the page size and cursor
	 * @return the page
	 * @see <a href="https://docs.cartesia.ai/api-reference/agents/metrics/list-metric-results">List
	 * Metric Results</a>
	 */
	Mono<Page<MetricResult>> listMetricResults(MetricResultFilter filter, PageRequest page);

	/**
	 * List the first page of metric results with the API's default size.
	 * @param filter which results to list
	 * @return the page
	 */
	default Mono<Page<MetricResult>> listMetricResults(MetricResultFilter filter) {
		return listMetricResults(filter, PageRequest.FIRST);
	}

	/**
	 * List every matching metric result, fetching pages only as they are consumed.
	 * @param filter which results to list
	 * @param page the page size and the cursor to start after
	 * @return the results
	 */
	Flux<MetricResult> listAllMetricResults(MetricResultFilter filter, PageRequest page);

	/**
	 * List every matching metric result with the API's default page size.
	 * @param filter which results to list
	 * @return the results
	 */
	default Flux<MetricResult> listAllMetricResults(MetricResultFilter filter) {
		return listAllMetricResults(filter, PageRequest.FIRST);
	}

	/**
	 * Export the matching metric results as one CSV file, streamed as it arrives
	 * ({@code GET /agents/metrics/results/export}, {@code Accept: text/csv}). Since API
	 * version 2025-11-04 the API exports up to 100,000 results at once, answers 400 when more
	 * match and 404 when none do.
	 * @param filter which results to export
	 * @return the CSV bytes (UTF-8), in order
	 * @see <a href="https://docs.cartesia.ai/api-reference/agents/metrics/export-metric-results">Export
	 * Metric Results</a>
	 */
	Flux<byte[]> exportMetricResults(MetricResultFilter filter);

	/**
	 * Export the matching metric results as one CSV text in memory.
	 * @param filter which results to export
	 * @return the CSV text
	 */
	Mono<String> exportMetricResultsToString(MetricResultFilter filter);

	/**
	 * Export one page of the matching metric results as CSV, with the pagination the API
	 * sends in the {@code x-has-more}, {@code x-limit} and {@code x-next-page} headers.
	 * Available on API version 2025-04-16: call through
	 * {@code withOptions(RequestOptions.builder().apiVersion("2025-04-16").build())}; newer
	 * versions ignore the page and export everything as one page without more.
	 * @param filter which results to export
	 * @param page the page size ({@code limit}) and cursor ({@code starting_after} or
	 * {@code ending_before})
	 * @return the page
	 */
	Mono<MetricResultsCsvPage> exportMetricResultsPage(MetricResultFilter filter, PageRequest page);

	/**
	 * Export every page of the matching metric results as CSV, following {@code x-next-page}
	 * while {@code x-has-more} is true and fetching pages only as they are consumed.
	 * Available on API version 2025-04-16 (see
	 * {@link #exportMetricResultsPage(MetricResultFilter, PageRequest)}).
	 * @param filter which results to export
	 * @param page the page size and the cursor to start after
	 * @return the pages, in order, each with the CSV text the API sent for it
	 */
	Flux<MetricResultsCsvPage> exportAllMetricResultsPages(MetricResultFilter filter, PageRequest page);

	/**
	 * List the deployments of an agent ({@code GET /agents/{agent_id}/deployments}).
	 * @param agentId the agent id
	 * @return the deployments
	 */
	Flux<Deployment> listDeployments(String agentId);

	/**
	 * Get a deployment ({@code GET /agents/deployments/{deployment_id}}).
	 * @param deploymentId the deployment id
	 * @return the deployment
	 */
	Mono<Deployment> getDeployment(String deploymentId);

	/**
	 * Return a copy of this client whose calls use the given options.
	 * @param options timeout, headers, API version and retry overrides
	 * @return the copy
	 */
	AgentsClient withOptions(RequestOptions options);

}
