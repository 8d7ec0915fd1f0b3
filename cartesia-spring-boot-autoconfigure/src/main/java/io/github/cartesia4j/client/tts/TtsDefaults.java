package io.github.cartesia4j.client.tts;

import org.jspecify.annotations.Nullable;

import io.github.cartesia4j.client.core.Arguments;

/**
 * Values a {@link TtsClient} uses when a request leaves them out.
 *
 * @param modelId model such as {@code sonic-3}
 * @param voice voice, or {@code null} to require one in every request
 * @param outputFormat format for bytes requests; SSE uses its raw equivalent
 * @param language language, or {@code null} to let the API decide
 * @author cartesia4j
 * @since 0.1.0
 */
public record TtsDefaults(String modelId, @Nullable VoiceSpecifier voice, OutputFormat outputFormat,
		@Nullable String language) {

	/**
	 * Model used when none is configured.
	 */
	public static final String DEFAULT_MODEL_ID = "sonic-3";

	/**
	 * Defaults with {@code sonic-3}, no voice, and 44.1 kHz 16-bit WAV.
	 */
	public static final TtsDefaults STANDARD = new TtsDefaults(DEFAULT_MODEL_ID, null,
			OutputFormat.wav(AudioEncoding.PCM_S16LE, 44100), null);

	public TtsDefaults {
		Arguments.requireText(modelId, "modelId");
		Arguments.requireNonNull(outputFormat, "outputFormat");
	}

	TtsRequest apply(TtsRequest request, boolean rawOnly) {
		OutputFormat format = (request.outputFormat() != null) ? request.outputFormat()
				: (rawOnly ? rawEquivalent(this.outputFormat) : this.outputFormat);
		VoiceSpecifier resolvedVoice = (request.voice() != null) ? request.voice() : this.voice;
		if (resolvedVoice == null) {
			throw new IllegalArgumentException("'voice' must be set: the request has none and no default voice is"
					+ " configured (cartesia.tts.voice-id)");
		}
		if (rawOnly && format.container() != Container.RAW) {
			throw new IllegalArgumentException("'output_format.container' must be raw for streaming, got "
					+ format.container().value());
		}
		return request.toBuilder()
			.modelId((request.modelId() != null) ? request.modelId() : this.modelId)
			.voice(resolvedVoice)
			.outputFormat(format)
			.language((request.language() != null || request.locale() != null) ? request.language() : this.language)
			.build();
	}

	TtsContextSettings apply(TtsContextSettings settings) {
		VoiceSpecifier resolvedVoice = (settings.voice() != null) ? settings.voice() : this.voice;
		if (resolvedVoice == null) {
			throw new IllegalArgumentException("'voice' must be set: the settings have none and no default voice is"
					+ " configured (cartesia.tts.voice-id)");
		}
		OutputFormat format = (settings.outputFormat() != null) ? settings.outputFormat()
				: rawEquivalent(this.outputFormat);
		return settings.toBuilder()
			.modelId((settings.modelId() != null) ? settings.modelId() : this.modelId)
			.voice(resolvedVoice)
			.outputFormat(format)
			.language((settings.language() != null || settings.locale() != null) ? settings.language() : this.language)
			.build();
	}

	private static OutputFormat rawEquivalent(OutputFormat format) {
		AudioEncoding encoding = (format.encoding() != null) ? format.encoding() : AudioEncoding.PCM_S16LE;
		return OutputFormat.raw(encoding, format.sampleRate());
	}

}
