package io.github.cartesia4j.client.tts;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

import reactor.core.observability.DefaultSignalListener;
import reactor.core.publisher.Flux;

import io.github.cartesia4j.client.core.Outcome;

/**
 * One running {@link TtsRecorder.Sample}, stopped exactly once with the outcome of the
 * stream it tracks, before that outcome reaches the subscriber.
 *
 * @author cartesia4j
 * @since 0.1.0
 */
final class TtsMeasurement {

	private final TtsRecorder.Sample sample;

	private final AtomicBoolean stopped = new AtomicBoolean();

	private TtsMeasurement(TtsRecorder.Sample sample) {
		this.sample = sample;
	}

	static TtsMeasurement start(TtsRecorder recorder, TtsRequest request, String transport) {
		return new TtsMeasurement(recorder.start(new TtsRecorder.Generation(request.modelId(),
				request.outputFormat().container().value(), transport, request.transcript().length())));
	}

	<T> Flux<T> track(Flux<T> source, Predicate<T> isAudio) {
		return source.tap(() -> new DefaultSignalListener<>() {

			private boolean audio;

			@Override
			public void doOnNext(T item) {
				if (!this.audio && isAudio.test(item)) {
					this.audio = true;
					TtsMeasurement.this.sample.firstAudio();
				}
			}

			@Override
			public void doOnComplete() {
				stop(Outcome.SUCCESS);
			}

			@Override
			public void doOnError(Throwable error) {
				stop(Outcome.of(error));
			}

			@Override
			public void doOnCancel() {
				stop(Outcome.CANCELLED);
			}

		});
	}

	void stop(String outcome) {
		if (this.stopped.compareAndSet(false, true)) {
			this.sample.stop(outcome);
		}
	}

}
