package io.github.cartesia4j.metrics;

import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import io.github.cartesia4j.client.core.Outcome;
import io.github.cartesia4j.client.tts.TtsRecorder;

import static org.assertj.core.api.Assertions.assertThat;

class MicrometerTtsRecorderTests {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final MicrometerTtsRecorder recorder = new MicrometerTtsRecorder(this.registry);

	private final TtsRecorder.Generation generation = new TtsRecorder.Generation("sonic-3", "wav", "bytes", 11);

	@Test
	void recordsLatencyTimeToFirstAudioAndCharactersWithLowCardinalityTags() {
		TtsRecorder.Sample sample = this.recorder.start(this.generation);
		sample.firstAudio();
		sample.stop(Outcome.SUCCESS);
		Tags tags = Tags.of("model", "sonic-3", "container", "wav", "transport", "bytes", "outcome", "SUCCESS");
		Timer latency = this.registry.get(MicrometerTtsRecorder.LATENCY).tags(tags).timer();
		Timer firstAudio = this.registry.get(MicrometerTtsRecorder.TIME_TO_FIRST_AUDIO).tags(tags).timer();
		assertThat(latency.count()).isEqualTo(1);
		assertThat(firstAudio.count()).isEqualTo(1);
		assertThat(firstAudio.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS))
			.isLessThanOrEqualTo(latency.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS));
		assertThat(this.registry.get(MicrometerTtsRecorder.CHARACTERS).tags(tags).counter().count()).isEqualTo(11);
		assertThat(latency.getId().getTags()).extracting("key")
			.containsExactlyInAnyOrder("model", "container", "transport", "outcome");
	}

	@Test
	void withoutAudioRecordsNoTimeToFirstAudio() {
		this.recorder.start(this.generation).stop(Outcome.SERVER_ERROR);
		assertThat(this.registry.get(MicrometerTtsRecorder.LATENCY).tag("outcome", "SERVER_ERROR").timer().count())
			.isEqualTo(1);
		assertThat(this.registry.find(MicrometerTtsRecorder.TIME_TO_FIRST_AUDIO).timer()).isNull();
	}

	@Test
	void charactersAddedWhileStreamingAreCounted() {
		TtsRecorder.Sample sample = this.recorder.start(new TtsRecorder.Generation("sonic-3", "raw", "websocket", 0));
		sample.addCharacters(5);
		sample.addCharacters(7);
		sample.stop(Outcome.SUCCESS);
		assertThat(this.registry.get(MicrometerTtsRecorder.CHARACTERS).tag("transport", "websocket").counter().count())
			.isEqualTo(12);
	}

}
