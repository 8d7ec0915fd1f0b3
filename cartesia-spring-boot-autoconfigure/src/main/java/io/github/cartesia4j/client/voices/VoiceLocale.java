package io.github.cartesia4j.client.voices;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One locale a voice speaks ({@code locales} of a voice, API 2025-11-04 and newer).
 *
 * @param locale the locale, for example {@code en-US}
 * @param isNative whether it is the voice's native locale
 * @author cartesia4j
 * @since 0.1.0
 */
public record VoiceLocale(@JsonProperty("locale") @Nullable String locale,
		@JsonProperty("is_native") @Nullable Boolean isNative) {

}
