package io.github.cartesia4j.client.stt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import reactor.core.publisher.Flux;

/**
 * Shared helpers of the speech-to-text WebSocket tests: audio cut in chunks, silence, and a
 * readable form of events.
 */
final class SttWebSocketFixtures {

	/**
	 * Bytes of 100 ms of pcm_s16le at 16 kHz.
	 */
	static final int CHUNK = 3200;

	private SttWebSocketFixtures() {
	}

	static List<byte[]> chunks(byte[] audio) {
		List<byte[]> chunks = new ArrayList<>();
		for (int from = 0; from < audio.length; from += CHUNK) {
			chunks.add(Arrays.copyOfRange(audio, from, Math.min(audio.length, from + CHUNK)));
		}
		return chunks;
	}

	static Flux<byte[]> stream(byte[]... clips) {
		return Flux.fromArray(clips).concatMapIterable(SttWebSocketFixtures::chunks);
	}

	static byte[] silence(double seconds) {
		return new byte[(int) Math.round(seconds * 16000) * 2];
	}

	static String describe(SttEvent event) {
		if (event instanceof SttEvent.Transcript transcript) {
			return (transcript.isFinal() ? "final: " : "partial: ") + transcript.text();
		}
		return (event instanceof SttEvent.FlushDone) ? "flush_done" : "done";
	}

	static String describe(SttTurnEvent event) {
		if (event instanceof SttTurnEvent.Update update) {
			return "update: " + update.transcript();
		}
		if (event instanceof SttTurnEvent.EagerEnd eagerEnd) {
			return "eager_end: " + eagerEnd.transcript();
		}
		if (event instanceof SttTurnEvent.End end) {
			return "end: " + end.transcript();
		}
		return event.getClass().getSimpleName().toLowerCase(Locale.ROOT);
	}

	static String finalText(List<SttEvent> events) {
		StringBuilder text = new StringBuilder();
		events.stream()
			.filter((event) -> event instanceof SttEvent.Transcript transcript && transcript.isFinal())
			.forEach((event) -> text.append(((SttEvent.Transcript) event).text()));
		return text.toString();
	}

}
