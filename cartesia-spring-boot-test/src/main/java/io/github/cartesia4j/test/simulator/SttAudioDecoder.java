package io.github.cartesia4j.test.simulator;

import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * Reads uploaded audio the way the simulator can: WAV (integer PCM, float, mu-law, A-law,
 * plain or extensible), headerless PCM described by an encoding and a sample rate (which
 * wins over sniffing, since PCM bytes can look like an MP3 frame header), and MP3 (timed from
 * its frame headers but not decoded: the simulator only ever produces silent MP3). Anything
 * else is answered with a 400 that names the field.
 *
 * @author cartesia4j
 */
final class SttAudioDecoder {

	private static final int WAVE_FORMAT_PCM = 1;

	private static final int WAVE_FORMAT_IEEE_FLOAT = 3;

	private static final int WAVE_FORMAT_ALAW = 6;

	private static final int WAVE_FORMAT_MULAW = 7;

	private static final int WAVE_FORMAT_EXTENSIBLE = 0xFFFE;

	private SttAudioDecoder() {
	}

	/**
	 * Decode an uploaded file.
	 * @param data the file content
	 * @param raw the encoding of headerless PCM, or {@code null} to detect the container
	 * @param sampleRate the sample rate of headerless PCM
	 * @param field the multipart field name, for error messages
	 * @return the audio
	 * @throws SimulatorException (400) when the audio cannot be read
	 */
	static SttAudio decode(byte[] data, @Nullable SttPcmDecoding raw, @Nullable Integer sampleRate, String field) {
		if (isWav(data)) {
			return wav(data, field);
		}
		if (raw != null) {
			if (sampleRate == null) {
				throw SimulatorErrors
					.badRequest("sample_rate is required to read headerless " + raw.value() + " audio");
			}
			return SttAudio.of(raw.decode(data, 0, data.length, 1), sampleRate);
		}
		SttAudio mp3 = SttMp3Frames.time(data);
		if (mp3 != null) {
			return mp3;
		}
		throw SimulatorErrors.badRequest(field + " could not be decoded: send WAV or MP3, or headerless PCM with the"
				+ " encoding and sample_rate query parameters");
	}

	private static boolean isWav(byte[] data) {
		return data.length >= 12 && ascii(data, 0).equals("RIFF") && ascii(data, 8).equals("WAVE");
	}

	private static SttAudio wav(byte[] data, String field) {
		int position = 12;
		int format = -1;
		int channels = 0;
		int sampleRate = 0;
		int bits = 0;
		while (position + 8 <= data.length) {
			String id = ascii(data, position);
			long size = int32(data, position + 4) & 0xFFFFFFFFL;
			int body = position + 8;
			if (id.equals("fmt ") && size >= 16 && body + 16 <= data.length) {
				format = int16(data, body);
				channels = int16(data, body + 2);
				sampleRate = int32(data, body + 4);
				bits = int16(data, body + 14);
				if (format == WAVE_FORMAT_EXTENSIBLE && size >= 40 && body + 26 <= data.length) {
					format = int16(data, body + 24);
				}
			}
			else if (id.equals("data")) {
				if (format < 0) {
					break;
				}
				int length = (int) Math.min(size, data.length - body);
				return samples(data, body, length, format, bits, channels, sampleRate, field);
			}
			long next = body + size + (size & 1);
			if (next > data.length) {
				break;
			}
			position = (int) next;
		}
		throw SimulatorErrors.badRequest(field + " is not a valid WAV file: no fmt chunk followed by a data chunk");
	}

	private static SttAudio samples(byte[] data, int offset, int length, int format, int bits, int channels,
			int sampleRate, String field) {
		if (channels < 1 || sampleRate < 1) {
			throw SimulatorErrors.badRequest(field + " is not a valid WAV file: " + channels + " channels at "
					+ sampleRate + " Hz");
		}
		SttPcmDecoding decoding = switch (format) {
			case WAVE_FORMAT_PCM -> switch (bits) {
				case 8 -> SttPcmDecoding.PCM_U8;
				case 16 -> SttPcmDecoding.PCM_S16LE;
				case 24 -> SttPcmDecoding.PCM_S24LE;
				case 32 -> SttPcmDecoding.PCM_S32LE;
				default -> null;
			};
			case WAVE_FORMAT_IEEE_FLOAT -> switch (bits) {
				case 32 -> SttPcmDecoding.PCM_F32LE;
				case 64 -> SttPcmDecoding.PCM_F64LE;
				default -> null;
			};
			case WAVE_FORMAT_ALAW -> SttPcmDecoding.PCM_ALAW;
			case WAVE_FORMAT_MULAW -> SttPcmDecoding.PCM_MULAW;
			default -> null;
		};
		if (decoding == null) {
			throw SimulatorErrors.badRequest(field + " uses an unsupported WAV format (tag " + format + ", " + bits
					+ " bits)");
		}
		return SttAudio.of(decoding.decode(data, offset, length, channels), sampleRate);
	}

	private static String ascii(byte[] data, int offset) {
		return new String(data, offset, 4, StandardCharsets.US_ASCII);
	}

	private static int int16(byte[] data, int offset) {
		return (data[offset] & 0xFF) | ((data[offset + 1] & 0xFF) << 8);
	}

	private static int int32(byte[] data, int offset) {
		return (data[offset] & 0xFF) | ((data[offset + 1] & 0xFF) << 8) | ((data[offset + 2] & 0xFF) << 16)
				| (data[offset + 3] << 24);
	}

}
