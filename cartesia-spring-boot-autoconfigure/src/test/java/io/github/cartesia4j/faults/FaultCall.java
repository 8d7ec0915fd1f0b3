package io.github.cartesia4j.faults;

import java.io.ByteArrayOutputStream;
import java.util.List;

import reactor.core.publisher.Flux;

import io.github.cartesia4j.client.CartesiaClient;
import io.github.cartesia4j.client.tts.TtsEvent;
import io.github.cartesia4j.testing.TestClients;

/**
 * The calls the fault matrix makes, each with what its caller receives.
 *
 * @author cartesia4j
 */
enum FaultCall {

	/**
	 * {@code TtsClient.bytes}: audio chunks.
	 */
	TTS_BYTES("tts", "tts.bytes", "POST", "/tts/bytes", "the whole audio", "audio bytes") {

		@Override
		Flux<?> send(CartesiaClient client) {
			return client.tts().bytes(TestClients.request().build());
		}

	},

	/**
	 * {@code TtsClient.sse}: chunk, timestamp and done events.
	 */
	TTS_SSE("tts", "tts.sse", "POST", "/tts/sse", "every chunk, then completes", "chunks") {

		@Override
		Flux<?> send(CartesiaClient client) {
			return client.tts().sse(TestClients.request().build());
		}

	},

	/**
	 * {@code ApiStatusClient.get}: one JSON value.
	 */
	API_STATUS("api-status", "apiStatus.get", "GET", "/", "the `ApiStatus` value", "values") {

		@Override
		Flux<?> send(CartesiaClient client) {
			return client.apiStatus().get().flux();
		}

	};

	private final String resource;

	private final String operation;

	private final String method;

	private final String path;

	private final String whole;

	private final String unit;

	FaultCall(String resource, String operation, String method, String path, String whole, String unit) {
		this.resource = resource;
		this.operation = operation;
		this.method = method;
		this.path = path;
		this.whole = whole;
		this.unit = unit;
	}

	abstract Flux<?> send(CartesiaClient client);

	/**
	 * Measure what the caller received: audio bytes, chunk events or values.
	 * @param received the elements
	 * @return the amount, in {@link #unit()}
	 */
	int delivered(List<?> received) {
		return switch (this) {
			case TTS_BYTES -> received.stream().mapToInt((chunk) -> ((byte[]) chunk).length).sum();
			case TTS_SSE -> (int) received.stream().filter(TtsEvent.Chunk.class::isInstance).count();
			case API_STATUS -> received.size();
		};
	}

	/**
	 * Return the audio the caller received, for comparison with a fault-free call.
	 * @param received the elements
	 * @return the audio, empty for JSON calls
	 */
	static byte[] audio(List<?> received) {
		ByteArrayOutputStream audio = new ByteArrayOutputStream();
		for (Object item : received) {
			if (item instanceof byte[] bytes) {
				audio.writeBytes(bytes);
			}
			else if (item instanceof TtsEvent.Chunk chunk) {
				audio.writeBytes(chunk.audio());
			}
		}
		return audio.toByteArray();
	}

	String resource() {
		return this.resource;
	}

	boolean isTts() {
		return "tts".equals(this.resource);
	}

	String operation() {
		return this.operation;
	}

	String method() {
		return this.method;
	}

	String path() {
		return this.path;
	}

	String whole() {
		return this.whole;
	}

	String unit() {
		return this.unit;
	}

}
