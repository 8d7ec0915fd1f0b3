package io.github.cartesia4j.client.voicechanger;

import io.github.cartesia4j.client.core.Arguments;
import io.github.cartesia4j.client.core.FileInput;
import io.github.cartesia4j.client.tts.OutputFormat;

/**
 * A voice changer request for {@code POST /voice-changer/bytes} and
 * {@code POST /voice-changer/sse}, sent as {@code multipart/form-data} with the fields
 * {@code clip}, {@code voice[id]} and {@code output_format[...]}. Invalid values fail on
 * construction with an {@link IllegalArgumentException} naming the wire field.
 *
 * @param clip the source speech; streamed, never loaded whole
 * @param voiceId the voice to speak the clip with
 * @param outputFormat the format of the generated audio
 * @author cartesia4j
 * @since 0.1.0
 */
public record VoiceChangerRequest(FileInput clip, String voiceId, OutputFormat outputFormat) {

	public VoiceChangerRequest {
		Arguments.requireNonNull(clip, "clip");
		Arguments.requireText(voiceId, "voice[id]");
		Arguments.requireNonNull(outputFormat, "output_format");
	}

	/**
	 * Create a request.
	 * @param clip the source speech
	 * @param voiceId the target voice id
	 * @param outputFormat the format of the generated audio
	 * @return the request
	 */
	public static VoiceChangerRequest of(FileInput clip, String voiceId, OutputFormat outputFormat) {
		return new VoiceChangerRequest(clip, voiceId, outputFormat);
	}

}
