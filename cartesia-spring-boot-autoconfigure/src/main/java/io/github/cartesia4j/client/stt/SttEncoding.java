package io.github.cartesia4j.client.stt;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Sample encoding of headerless PCM sent to batch speech-to-text (query parameter
 * {@code encoding}). Files with a container (WAV, MP3, FLAC, ...) need none.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public enum SttEncoding {

	/**
	 * 16-bit little-endian signed integer.
	 */
	PCM_S16LE("pcm_s16le"),

	/**
	 * 32-bit little-endian signed integer.
	 */
	PCM_S32LE("pcm_s32le"),

	/**
	 * 16-bit little-endian IEEE half-precision float.
	 */
	PCM_F16LE("pcm_f16le"),

	/**
	 * 32-bit little-endian IEEE float.
	 */
	PCM_F32LE("pcm_f32le"),

	/**
	 * 8-bit G.711 mu-law.
	 */
	PCM_MULAW("pcm_mulaw"),

	/**
	 * 8-bit G.711 A-law.
	 */
	PCM_ALAW("pcm_alaw");

	private final String value;

	SttEncoding(String value) {
		this.value = value;
	}

	/**
	 * Return the wire value.
	 * @return the value, for example {@code pcm_s16le}
	 */
	@JsonValue
	public String value() {
		return this.value;
	}

}
