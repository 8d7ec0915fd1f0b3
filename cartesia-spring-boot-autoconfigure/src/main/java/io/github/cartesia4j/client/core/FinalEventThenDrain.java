package io.github.cartesia4j.client.core;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxOperator;
import reactor.core.publisher.Operators;
import reactor.util.context.Context;

/**
 * Ends a stream at its final event, and with an error when the source completes before one.
 * After the final event the rest of the source (in an HTTP response, the end of the body) is
 * read and dropped instead of cancelled, and the stream completes when the source does:
 * cancelling a response that is not finished closes its connection, so every call would pay
 * for a new connection (and TLS handshake). A source that does not finish within the drain
 * time is cancelled and the stream completes all the same; an error after the final event
 * is not the caller's concern and also completes it.
 * @author cartesia4j
 * @since 0.1.0
 */
final class FinalEventThenDrain<T> extends FluxOperator<T, T> {

	private final Predicate<T> isFinal;

	private final String truncated;

	private final Duration drainTime;

	private final StreamTimer timer;

	FinalEventThenDrain(Flux<T> source, Predicate<T> isFinal, String truncated, Duration drainTime, StreamTimer timer) {
		super(source);
		this.isFinal = isFinal;
		this.truncated = truncated;
		this.drainTime = drainTime;
		this.timer = timer;
	}

	@Override
	public void subscribe(CoreSubscriber<? super T> actual) {
		this.source.subscribe(new FinalSubscriber<>(actual, this));
	}

	private static final class FinalSubscriber<T> implements CoreSubscriber<T>, Subscription {

		private final CoreSubscriber<? super T> actual;

		private final FinalEventThenDrain<T> parent;

		private final AtomicBoolean completed = new AtomicBoolean();

		private @Nullable Subscription upstream;

		private volatile boolean finished;

		private volatile @Nullable Disposable drainLimit;

		FinalSubscriber(CoreSubscriber<? super T> actual, FinalEventThenDrain<T> parent) {
			this.actual = actual;
			this.parent = parent;
		}

		@Override
		public Context currentContext() {
			return this.actual.currentContext();
		}

		@Override
		public void onSubscribe(Subscription subscription) {
			if (Operators.validate(this.upstream, subscription)) {
				this.upstream = subscription;
				this.actual.onSubscribe(this);
			}
		}

		@Override
		public void onNext(T item) {
			if (this.finished) {
				Operators.onDiscard(item, currentContext());
				return;
			}
			boolean last;
			try {
				last = this.parent.isFinal.test(item);
			}
			catch (RuntimeException ex) {
				this.upstream.cancel();
				onError(ex);
				return;
			}
			if (last) {
				this.finished = true;
			}
			this.actual.onNext(item);
			if (last) {
				Subscription upstream = this.upstream;
				this.drainLimit = this.parent.timer.schedule(() -> {
					upstream.cancel();
					complete();
				}, this.parent.drainTime.toNanos());
				upstream.request(Long.MAX_VALUE);
			}
		}

		@Override
		public void onError(Throwable error) {
			if (this.finished) {
				complete();
				return;
			}
			this.finished = true;
			if (this.completed.compareAndSet(false, true)) {
				this.actual.onError(error);
			}
		}

		@Override
		public void onComplete() {
			if (this.finished) {
				complete();
				return;
			}
			this.finished = true;
			if (this.completed.compareAndSet(false, true)) {
				this.actual.onError(new CartesiaDecodingException(this.parent.truncated));
			}
		}

		@Override
		public void request(long n) {
			if (!this.finished) {
				this.upstream.request(n);
			}
		}

		@Override
		public void cancel() {
			this.completed.set(true);
			stopDrainLimit();
			this.upstream.cancel();
		}

		private void complete() {
			stopDrainLimit();
			if (this.completed.compareAndSet(false, true)) {
				this.actual.onComplete();
			}
		}

		private void stopDrainLimit() {
			Disposable limit = this.drainLimit;
			if (limit != null) {
				limit.dispose();
			}
		}

	}

}
