package io.github.cartesia4j.client.stt;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The result of a batch transcription.
 *
 * @param type the response type, {@code transcript} (API versions from 2025-11-04)
 * @param requestId the request id (API versions from 2025-11-04)
 * @param text the whole transcript; empty when the API sent none
 * @param language the language of the audio, as an ISO-639-1 code
 * @param duration the audio duration in seconds
 * @param words the words with their timings; empty unless word timestamps were requested
 * @param isFinal deprecated, meaningless for batch transcription
 * @author cartesia4j
 * @since 0.1.0
 */
public record Transcription(@JsonProperty("type") @Nullable String type,
		@JsonProperty("request_id") @Nullable String requestId, @JsonProperty("text") String text,
		@JsonProperty("language") @Nullable String language, @JsonProperty("duration") @Nullable Double duration,
		@JsonProperty("words") List<TranscriptionWord> words, @JsonProperty("is_final") @Nullable Boolean isFinal) {

	public Transcription {
		text = (text != null) ? text : "";
		words = (words != null) ? words.stream().filter(Objects::nonNull).toList() : List.of();
	}

}
