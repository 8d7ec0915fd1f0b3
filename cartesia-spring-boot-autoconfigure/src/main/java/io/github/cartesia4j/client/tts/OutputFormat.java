package io.github.cartesia4j.client.tts;

import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import io.github.cartesia4j.client.core.Multipart;

/**
 * Audio output format: {@code raw} and {@code wav} need an encoding, {@code mp3} a bit rate.
 * Invalid combinations fail on construction with an {@link IllegalArgumentException} that
 * names the field.
 *
 * @param container the container
 * @param encoding the sample encoding (raw and wav)
 * @param sampleRate the sample rate in Hz
 * @param bitRate the bit rate in bits per second (mp3)
 * @author cartesia4j
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OutputFormat(@JsonProperty("container") Container container,
		@JsonProperty("encoding") @Nullable AudioEncoding encoding, @JsonProperty("sample_rate") int sampleRate,
		@JsonProperty("bit_rate") @Nullable Integer bitRate) {

	/**
	 * Sample rates the API accepts.
	 */
	public static final Set<Integer> SAMPLE_RATES = Set.of(8000, 16000, 22050, 24000, 44100, 48000);

	/**
	 * MP3 bit rates the API accepts.
	 */
	public static final Set<Integer> BIT_RATES = Set.of(32000, 64000, 96000, 128000, 192000);

	public OutputFormat {
		if (container == null) {
			throw new IllegalArgumentException("'output_format.container' must not be null");
		}
		if (!SAMPLE_RATES.contains(sampleRate)) {
			throw new IllegalArgumentException(
					"'output_format.sample_rate' must be one of " + sorted(SAMPLE_RATES) + ", got " + sampleRate);
		}
		if (container == Container.MP3) {
			if (bitRate == null) {
				throw new IllegalArgumentException("'output_format.bit_rate' is required for mp3");
			}
			if (!BIT_RATES.contains(bitRate)) {
				throw new IllegalArgumentException(
						"'output_format.bit_rate' must be one of " + sorted(BIT_RATES) + ", got " + bitRate);
			}
			if (encoding != null) {
				throw new IllegalArgumentException("'output_format.encoding' does not apply to mp3");
			}
		}
		else {
			if (encoding == null) {
				throw new IllegalArgumentException("'output_format.encoding' is required for " + container.value());
			}
			if (bitRate != null) {
				throw new IllegalArgumentException("'output_format.bit_rate' applies to mp3 only");
			}
		}
	}

	/**
	 * Headerless PCM.
	 * @param encoding the sample encoding
	 * @param sampleRate the sample rate in Hz
	 * @return the format
	 */
	public static OutputFormat raw(AudioEncoding encoding, int sampleRate) {
		return new OutputFormat(Container.RAW, encoding, sampleRate, null);
	}

	/**
	 * WAV.
	 * @param encoding the sample encoding
	 * @param sampleRate the sample rate in Hz
	 * @return the format
	 */
	public static OutputFormat wav(AudioEncoding encoding, int sampleRate) {
		return new OutputFormat(Container.WAV, encoding, sampleRate, null);
	}

	/**
	 * MP3.
	 * @param sampleRate the sample rate in Hz
	 * @param bitRate the bit rate in bits per second
	 * @return the format
	 */
	public static OutputFormat mp3(int sampleRate, int bitRate) {
		return new OutputFormat(Container.MP3, null, sampleRate, bitRate);
	}

	/**
	 * Add this format to a multipart body as {@code output_format[container]},
	 * {@code output_format[encoding]}, {@code output_format[sample_rate]} and
	 * {@code output_format[bit_rate]}.
	 * @param multipart the body
	 * @return the same body
	 */
	public Multipart addTo(Multipart multipart) {
		return multipart.text("output_format[container]", this.container.value())
			.text("output_format[encoding]", (this.encoding != null) ? this.encoding.value() : null)
			.text("output_format[sample_rate]", this.sampleRate)
			.text("output_format[bit_rate]", this.bitRate);
	}

	private static String sorted(Set<Integer> values) {
		return values.stream().sorted().toList().toString();
	}

}
