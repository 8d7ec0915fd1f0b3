package io.github.cartesia4j.test.simulator;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A validated {@code output_format}.
 *
 * @param container the container
 * @param encoding the sample encoding, {@code null} for mp3
 * @param sampleRate the sample rate in Hz
 * @param bitRate the bit rate in bits per second, 0 unless mp3
 * @author cartesia4j
 */
record AudioFormat(AudioContainer container, @Nullable PcmEncoding encoding, int sampleRate, int bitRate) {

	static final Set<Integer> SAMPLE_RATES = Set.of(8000, 16000, 22050, 24000, 44100, 48000);

	static final Set<Integer> BIT_RATES = Set.of(32000, 64000, 96000, 128000, 192000);

	private static final String CONTAINERS = "raw, wav, mp3";

	private static final String ENCODINGS = "pcm_f32le, pcm_s16le, pcm_mulaw, pcm_alaw";

	private static final String SAMPLE_RATE_VALUES = "8000, 16000, 22050, 24000, 44100, 48000";

	private static final String BIT_RATE_VALUES = "32000, 64000, 96000, 128000, 192000";

	/**
	 * Validate an {@code output_format} the way the API does.
	 * @param node the {@code output_format} value, {@code null} when absent
	 * @param rawOnly whether only the raw container is accepted (SSE)
	 * @return the format
	 * @throws SimulatorException (400) naming the offending field
	 */
	static AudioFormat parse(@Nullable JsonNode node, boolean rawOnly) {
		if (node == null || node.isNull()) {
			throw SimulatorErrors.badRequest("output_format is required");
		}
		if (!node.isObject()) {
			throw SimulatorErrors.badRequest("output_format must be an object");
		}
		AudioContainer container = container(node.get("container"));
		if (rawOnly && container != AudioContainer.RAW) {
			throw SimulatorErrors.badRequest("output_format.container must be raw for this endpoint");
		}
		int sampleRate = sampleRate(node.get("sample_rate"));
		if (container == AudioContainer.MP3) {
			return new AudioFormat(container, null, sampleRate, bitRate(node.get("bit_rate")));
		}
		return new AudioFormat(container, encoding(node.get("encoding"), container), sampleRate, 0);
	}

	private static AudioContainer container(@Nullable JsonNode node) {
		if (node == null || node.isNull()) {
			throw SimulatorErrors.badRequest("output_format.container is required");
		}
		AudioContainer container = node.isString() ? AudioContainer.of(node.stringValue()) : null;
		if (container == null) {
			throw SimulatorErrors.badRequest("output_format.container must be one of " + CONTAINERS);
		}
		return container;
	}

	private static PcmEncoding encoding(@Nullable JsonNode node, AudioContainer container) {
		if (node == null || node.isNull()) {
			throw SimulatorErrors.badRequest("output_format.encoding is required for container " + container.value());
		}
		PcmEncoding encoding = node.isString() ? PcmEncoding.of(node.stringValue()) : null;
		if (encoding == null) {
			throw SimulatorErrors.badRequest("output_format.encoding must be one of " + ENCODINGS);
		}
		return encoding;
	}

	private static int sampleRate(@Nullable JsonNode node) {
		if (node == null || node.isNull()) {
			throw SimulatorErrors.badRequest("output_format.sample_rate is required");
		}
		if (!node.isIntegralNumber() || !SAMPLE_RATES.contains(node.asInt())) {
			throw SimulatorErrors.badRequest("output_format.sample_rate must be one of " + SAMPLE_RATE_VALUES);
		}
		return node.asInt();
	}

	private static int bitRate(@Nullable JsonNode node) {
		if (node == null || node.isNull()) {
			throw SimulatorErrors.badRequest("output_format.bit_rate is required for container mp3");
		}
		if (!node.isIntegralNumber() || !BIT_RATES.contains(node.asInt())) {
			throw SimulatorErrors.badRequest("output_format.bit_rate must be one of " + BIT_RATE_VALUES);
		}
		return node.asInt();
	}

}
