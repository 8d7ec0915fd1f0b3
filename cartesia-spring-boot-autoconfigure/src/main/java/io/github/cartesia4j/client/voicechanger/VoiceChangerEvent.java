package io.github.cartesia4j.client.voicechanger;

import org.jspecify.annotations.Nullable;

/**
 * An event of a voice changer SSE stream: audio chunks, then {@link Done}. An error frame is
 * not an event; it ends the stream with a {@code CartesiaStreamException}.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public sealed interface VoiceChangerEvent permits VoiceChangerEvent.Chunk, VoiceChangerEvent.Done {

	/**
	 * A piece of audio, already decoded from base64.
	 *
	 * @param audio the audio bytes in the requested output format
	 * @param sampleRate the sample rate of the audio in Hz, when the API sent it
	 * @param stepTime generation time of this chunk in milliseconds, when the API sent it
	 */
	record Chunk(byte[] audio, @Nullable Integer sampleRate, @Nullable Double stepTime) implements VoiceChangerEvent {

	}

	/**
	 * The conversion is complete; the last event of a stream.
	 *
	 * @param statusCode the {@code status_code} of the final frame, when the API sent it
	 */
	record Done(@Nullable Integer statusCode) implements VoiceChangerEvent {

	}

}
