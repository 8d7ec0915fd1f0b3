package io.github.cartesia4j.metrics;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

import io.github.cartesia4j.client.tts.TtsRecorder;

/**
 * Records text-to-speech timings as Micrometer meters: {@code cartesia.tts.latency} (request
 * to last audio byte), {@code cartesia.tts.time-to-first-audio} and the
 * {@code cartesia.tts.characters} counter, tagged with {@code model}, {@code container},
 * {@code transport} and {@code outcome}. Voice ids, transcripts and request ids are never
 * tags.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
public final class MicrometerTtsRecorder implements TtsRecorder {

	/**
	 * Name of the latency timer.
	 */
	public static final String LATENCY = "cartesia.tts.latency";

	/**
	 * Name of the time-to-first-audio timer.
	 */
	public static final String TIME_TO_FIRST_AUDIO = "cartesia.tts.time-to-first-audio";

	/**
	 * Name of the characters counter.
	 */
	public static final String CHARACTERS = "cartesia.tts.characters";

	private final MeterRegistry registry;

	public MicrometerTtsRecorder(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public Sample start(Generation generation) {
		long start = System.nanoTime();
		return new Sample() {

			private volatile long firstAudio;

			private final AtomicLong characters = new AtomicLong(generation.characters());

			@Override
			public void addCharacters(int count) {
				this.characters.addAndGet(count);
			}

			@Override
			public void firstAudio() {
				this.firstAudio = System.nanoTime();
			}

			@Override
			public void stop(String outcome) {
				long end = System.nanoTime();
				Tags tags = Tags.of("model", generation.model(), "container", generation.container(), "transport",
						generation.transport(), "outcome", outcome);
				Timer.builder(LATENCY)
					.description("Time from request to the last audio byte")
					.tags(tags)
					.register(MicrometerTtsRecorder.this.registry)
					.record(end - start, TimeUnit.NANOSECONDS);
				if (this.firstAudio != 0) {
					Timer.builder(TIME_TO_FIRST_AUDIO)
						.description("Time from request to the first audio byte")
						.tags(tags)
						.register(MicrometerTtsRecorder.this.registry)
						.record(this.firstAudio - start, TimeUnit.NANOSECONDS);
				}
				Counter.builder(CHARACTERS)
					.description("Transcript characters sent for synthesis")
					.baseUnit("characters")
					.tags(tags)
					.register(MicrometerTtsRecorder.this.registry)
					.increment(this.characters.get());
			}

		};
	}

}
