package io.github.cartesia4j.ai;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.ai.audio.transcription.AudioTranscriptionMetadata;

import io.github.cartesia4j.client.stt.Transcription;
import io.github.cartesia4j.client.stt.TranscriptionWord;

/**
 * What Cartesia reports about a transcription besides its text.
 *
 * @param requestId the API's request id
 * @param language the language of the audio, as an ISO-639-1 code
 * @param duration the audio duration in seconds
 * @param words the words with their timings; empty unless word timestamps were asked for
 * @author cartesia4j
 * @since 0.1.0
 */
public record CartesiaTranscriptionMetadata(@Nullable String requestId, @Nullable String language,
		@Nullable Double duration, List<TranscriptionWord> words) implements AudioTranscriptionMetadata {

	public CartesiaTranscriptionMetadata {
		words = (words != null) ? List.copyOf(words) : List.of();
	}

	static CartesiaTranscriptionMetadata of(Transcription transcription) {
		return new CartesiaTranscriptionMetadata(transcription.requestId(), transcription.language(),
				transcription.duration(), transcription.words());
	}

}
