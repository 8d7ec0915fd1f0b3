package io.github.cartesia4j.sample;

import org.jspecify.annotations.Nullable;

import io.github.cartesia4j.client.voices.Voice;
import io.github.cartesia4j.client.voices.VoiceLocale;

/**
 * A voice as the sample page lists it.
 *
 * @param id the voice id
 * @param name the name, or the id when the voice has none
 * @param language the native locale, such as {@code en-GB}, else the language, if known
 * @param description the description, if any
 * @param configured whether this is the voice set by {@code cartesia.tts.voice-id}
 * @author cartesia4j
 * @since 0.1.0
 */
public record VoiceOption(String id, String name, @Nullable String language, @Nullable String description,
		boolean configured) {

	static VoiceOption of(Voice voice, @Nullable String configuredVoiceId) {
		String name = (voice.name() != null && !voice.name().isBlank()) ? voice.name() : voice.id();
		return new VoiceOption(voice.id(), name, language(voice), voice.description(),
				voice.id().equals(configuredVoiceId));
	}

	private static @Nullable String language(Voice voice) {
		if (voice.locales() != null && !voice.locales().isEmpty()) {
			VoiceLocale first = voice.locales().get(0);
			if (first.locale() != null) {
				return first.locale();
			}
		}
		return voice.language();
	}

}
