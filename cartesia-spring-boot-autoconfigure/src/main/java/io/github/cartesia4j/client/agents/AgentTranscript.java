package io.github.cartesia4j.client.agents;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a call transcript: a turn spoken by the user or the agent, or a system entry
 * carrying a logged event or metric.
 *
 * @param role who the entry belongs to: {@code user}, {@code assistant} or {@code system}
 * @param text what was said, if anything
 * @param textChunks the text in timed pieces; empty when not sent
 * @param startTimestamp when the entry started, in seconds from the start of the call
 * @param endTimestamp when the entry ended, in seconds from the start of the call
 * @param endReason why the turn ended: {@code call_ended}, {@code interrupted} or
 * {@code tts_completed}
 * @param toolCalls the tools the agent called; empty when none
 * @param vadBufferMs the voice activity detection buffer of a user turn, in milliseconds
 * @param ttsTtfb the time to the first audio byte of an agent turn, in seconds
 * @param logEvent the event logged by this entry, if any
 * @param logMetric the metric logged by this entry, if any
 * @author cartesia4j
 * @since 0.1.0
 */
public record AgentTranscript(@JsonProperty("role") String role, @JsonProperty("text") @Nullable String text,
		@JsonProperty("text_chunks") List<TextChunk> textChunks,
		@JsonProperty("start_timestamp") @Nullable Double startTimestamp,
		@JsonProperty("end_timestamp") @Nullable Double endTimestamp,
		@JsonProperty("end_reason") @Nullable String endReason, @JsonProperty("tool_calls") List<ToolCall> toolCalls,
		@JsonProperty("vad_buffer_ms") @Nullable Integer vadBufferMs,
		@JsonProperty("tts_ttfb") @Nullable Double ttsTtfb,
		@JsonProperty("log_event") @Nullable LogEvent logEvent,
		@JsonProperty("log_metric") @Nullable LogMetric logMetric) {

	public AgentTranscript {
		textChunks = Immutables.list(textChunks);
		toolCalls = Immutables.list(toolCalls);
	}

}
