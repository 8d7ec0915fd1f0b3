package io.github.cartesia4j.ai;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.github.cartesia4j.client.tts.AudioEncoding;
import io.github.cartesia4j.client.tts.Container;
import io.github.cartesia4j.client.tts.OutputFormat;

/**
 * Maps Spring AI's portable format names ({@code mp3}, {@code wav}, {@code pcm} and its
 * alias {@code raw}) onto Cartesia output formats, filling in what the name leaves open
 * with the values of {@code cartesia.tts.output-format}'s defaults.
 *
 * @author cartesia4j
 */
final class SpeechFormats {

	static final int DEFAULT_SAMPLE_RATE = 44100;

	static final int DEFAULT_BIT_RATE = 128000;

	static final AudioEncoding DEFAULT_ENCODING = AudioEncoding.PCM_S16LE;

	private static final Map<String, Container> CONTAINERS = containers();

	private SpeechFormats() {
	}

	/**
	 * Return the lower-case form of a known format name.
	 * @param format the name, in any case
	 * @return the normalized name
	 * @throws IllegalArgumentException if the name is not known
	 */
	static String normalize(String format) {
		String name = format.trim().toLowerCase(Locale.ROOT);
		if (!CONTAINERS.containsKey(name)) {
			throw new IllegalArgumentException("'format' must be one of " + String.join(", ", CONTAINERS.keySet())
					+ ", got '" + format + "'");
		}
		return name;
	}

	static OutputFormat outputFormat(String format, @Nullable AudioEncoding encoding, @Nullable Integer sampleRate,
			@Nullable Integer bitRate) {
		Container container = CONTAINERS.get(normalize(format));
		int rate = (sampleRate != null) ? sampleRate : DEFAULT_SAMPLE_RATE;
		if (container == Container.MP3) {
			return new OutputFormat(container, encoding, rate, (bitRate != null) ? bitRate : DEFAULT_BIT_RATE);
		}
		return new OutputFormat(container, (encoding != null) ? encoding : DEFAULT_ENCODING, rate, bitRate);
	}

	private static Map<String, Container> containers() {
		Map<String, Container> containers = new LinkedHashMap<>();
		containers.put("mp3", Container.MP3);
		containers.put("wav", Container.WAV);
		containers.put("pcm", Container.RAW);
		containers.put("raw", Container.RAW);
		return containers;
	}

}
