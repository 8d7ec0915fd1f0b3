package io.github.cartesia4j.sample;

import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST /api/speech}.
 *
 * @param text the text to speak
 * @param voiceId the voice, or {@code null} for the configured default
 * @author cartesia4j
 * @since 0.1.0
 */
public record SpeechRequest(@Nullable String text, @Nullable String voiceId) {

}
