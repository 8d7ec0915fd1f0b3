package io.github.cartesia4j.client.tts;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;

/**
 * Audio from {@code /tts/bytes} with the response headers that describe it. Subscribe to
 * {@link #audio()} once.
 *
 * @param contentType the response {@code Content-Type}
 * @param fileId the {@code Cartesia-File-ID} of saved audio ({@code save=true}), or
 * {@code null}
 * @param requestId the {@code X-Request-Id}, or {@code null}
 * @param audio the audio, streamed as it arrives
 * @author cartesia4j
 * @since 0.1.0
 */
public record TtsAudioResponse(@Nullable String contentType, @Nullable String fileId, @Nullable String requestId,
		Flux<byte[]> audio) {

}
