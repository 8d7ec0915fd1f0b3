package io.github.cartesia4j.client.tts;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import reactor.core.publisher.Flux;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;

import io.github.cartesia4j.benchmarks.AudioServer;
import io.github.cartesia4j.client.core.SseDecoder;

/**
 * JMH benchmark of SSE audio decoding on one thread: a TTS event stream, cut into 16 KiB
 * reads as a socket would deliver it, through {@link SseDecoder} and the TTS event parsing
 * (the same {@link DefaultTtsClient#toEvents} the client uses) down to audio bytes. The
 * {@code base64Floor} benchmark decodes only the base64 payloads of the same stream: the
 * least work any decoder must do. Lives in the client's package to reach the package-private
 * parser.
 * <p>
 * Besides JMH's wall-clock score, each benchmark counts the CPU time of its thread and the
 * audio it decoded: on a machine shared with other work, audio per CPU-second is the steadier
 * measure of single-core throughput.
 *
 * @author cartesia4j
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class SseDecodeBenchmark {

	/**
	 * Audio bytes decoded per benchmark operation.
	 */
	public static final int AUDIO_BYTES = 1024 * 1024;

	private static final int READ_BYTES = 16 * 1024;

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private byte[] stream;

	private List<byte[]> payloads;

	/**
	 * Build the SSE stream of {@link #AUDIO_BYTES} of audio in 40 ms chunk events.
	 */
	@Setup
	public void setUp() {
		List<byte[]> events = AudioServer.Audio.sseEvents(AudioServer.Audio.pcm(AUDIO_BYTES), AudioServer.CHUNK_BYTES);
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		this.payloads = new ArrayList<>();
		for (byte[] event : events) {
			all.writeBytes(event);
			String text = new String(event, StandardCharsets.US_ASCII);
			int start = text.indexOf("\"data\":\"");
			if (start >= 0) {
				int from = start + 8;
				this.payloads.add(text.substring(from, text.indexOf('"', from)).getBytes(StandardCharsets.US_ASCII));
			}
		}
		this.stream = all.toByteArray();
	}

	/**
	 * Decode the stream into audio through the client's SSE path.
	 * @return the audio bytes decoded
	 */
	@Benchmark
	public long decode(CpuCounters counters) {
		long cpu = THREADS.getCurrentThreadCpuTime();
		byte[] source = this.stream;
		int reads = (source.length + READ_BYTES - 1) / READ_BYTES;
		Flux<DataBuffer> buffers = Flux.range(0, reads).map((index) -> {
			int offset = index * READ_BYTES;
			int length = Math.min(READ_BYTES, source.length - offset);
			return DefaultDataBufferFactory.sharedInstance.wrap(ByteBuffer.wrap(source, offset, length).slice());
		});
		Long audio = DefaultTtsClient.toEvents(SseDecoder.decode(buffers))
			.reduce(0L, (count, event) -> (event instanceof TtsEvent.Chunk chunk) ? count + chunk.audio().length
					: count)
			.block();
		if (audio == null || audio != AUDIO_BYTES) {
			throw new IllegalStateException("Decoded " + audio + " audio bytes, expected " + AUDIO_BYTES);
		}
		counters.add(audio, THREADS.getCurrentThreadCpuTime() - cpu);
		return audio;
	}

	/**
	 * Decode only the base64 payloads.
	 * @return the audio bytes decoded
	 */
	@Benchmark
	public long base64Floor(CpuCounters counters) {
		long cpu = THREADS.getCurrentThreadCpuTime();
		Base64.Decoder decoder = Base64.getDecoder();
		long audio = 0;
		for (byte[] payload : this.payloads) {
			audio += decoder.decode(payload).length;
		}
		counters.add(audio, THREADS.getCurrentThreadCpuTime() - cpu);
		return audio;
	}

	/**
	 * Audio decoded and CPU time used in an iteration.
	 */
	@State(Scope.Thread)
	@AuxCounters(AuxCounters.Type.EVENTS)
	public static class CpuCounters {

		/**
		 * Audio bytes decoded.
		 */
		public long audioBytes;

		/**
		 * CPU time of the benchmark thread, in nanoseconds.
		 */
		public long cpuNanos;

		/**
		 * Start each iteration from zero.
		 */
		@Setup(Level.Iteration)
		public void reset() {
			this.audioBytes = 0;
			this.cpuNanos = 0;
		}

		void add(long audio, long nanos) {
			this.audioBytes += audio;
			this.cpuNanos += nanos;
		}

	}

}
