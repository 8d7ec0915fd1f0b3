package io.github.cartesia4j.client.tts;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Sample encoding of raw and WAV output.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public enum AudioEncoding {

	/**
	 * 32-bit little-endian IEEE float.
	 */
	PCM_F32LE("pcm_f32le", 4),

	/**
	 * 16-bit little-endian signed integer.
	 */
	PCM_S16LE("pcm_s16le", 2),

	/**
	 * 8-bit G.711 mu-law.
	 */
	PCM_MULAW("pcm_mulaw", 1),

	/**
	 * 8-bit G.711 A-law.
	 */
	PCM_ALAW("pcm_alaw", 1);

	private final String value;

	private final int bytesPerSample;

	AudioEncoding(String value, int bytesPerSample) {
		this.value = value;
		this.bytesPerSample = bytesPerSample;
	}

	/**
	 * Return the wire value.
	 * @return the value, for example {@code pcm_s16le}
	 */
	@JsonValue
	public String value() {
		return this.value;
	}

	/**
	 * Return the size of one sample.
	 * @return bytes per sample
	 */
	public int bytesPerSample() {
		return this.bytesPerSample;
	}

}
