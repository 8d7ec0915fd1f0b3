package io.github.cartesia4j.test.simulator;

import org.jspecify.annotations.Nullable;

/**
 * Audio containers of the API ({@code output_format.container}) and the content type each
 * is served with.
 *
 * @author cartesia4j
 */
enum AudioContainer {

	RAW("raw", "application/octet-stream"),

	WAV("wav", "audio/wav"),

	MP3("mp3", "audio/mpeg");

	private final String value;

	private final String contentType;

	AudioContainer(String value, String contentType) {
		this.value = value;
		this.contentType = contentType;
	}

	String value() {
		return this.value;
	}

	String contentType() {
		return this.contentType;
	}

	static @Nullable AudioContainer of(String value) {
		for (AudioContainer container : values()) {
			if (container.value.equals(value)) {
				return container;
			}
		}
		return null;
	}

}
