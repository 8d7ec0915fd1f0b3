package io.github.cartesia4j.faults;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import reactor.core.publisher.Mono;

import io.github.cartesia4j.client.CartesiaClient;
import io.github.cartesia4j.client.core.PageRequest;
import io.github.cartesia4j.client.status.ApiStatus;
import io.github.cartesia4j.client.tts.AudioEncoding;
import io.github.cartesia4j.client.tts.OutputFormat;
import io.github.cartesia4j.client.tts.TtsRequest;
import io.github.cartesia4j.client.voices.Voice;
import io.github.cartesia4j.testing.TestClients;

/**
 * The calls of the soak test, with how often each is made and what a complete answer is.
 *
 * @author cartesia4j
 */
enum SoakCall {

	/**
	 * Streamed audio; complete when it is the whole fault-free audio.
	 */
	TTS_BYTES(30, "POST", true),

	/**
	 * Server-sent events; complete when their audio is the whole fault-free audio.
	 */
	TTS_SSE(25, "POST", true),

	/**
	 * The API status, a JSON value.
	 */
	API_STATUS(15, "GET", false),

	/**
	 * One page of voices.
	 */
	VOICES_LIST(10, "GET", false),

	/**
	 * One voice by id.
	 */
	VOICES_GET(12, "GET", false),

	/**
	 * One page of datasets.
	 */
	DATASETS_LIST(8, "GET", false);

	static final int TOTAL_WEIGHT = 100;

	private final int weight;

	private final String method;

	private final boolean stream;

	SoakCall(int weight, String method, boolean stream) {
		this.weight = weight;
		this.method = method;
		this.stream = stream;
	}

	/**
	 * Pick a call for a number in {@code [0, TOTAL_WEIGHT)}.
	 * @param roll the number
	 * @return the call
	 */
	static SoakCall pick(int roll) {
		int bound = 0;
		for (SoakCall call : values()) {
			bound += call.weight;
			if (roll < bound) {
				return call;
			}
		}
		throw new IllegalArgumentException("roll out of range: " + roll);
	}

	/**
	 * A short, low-rate synthesis: Netty's paranoid leak detection records every access to a
	 * buffer, which makes the simulator's SSE frames (written 4 base64 characters at a time)
	 * so slow that long ones at 16 in flight would meet the timeouts without any fault.
	 * @return the request
	 */
	static TtsRequest request() {
		return TestClients.request()
			.transcript("Hi there")
			.outputFormat(OutputFormat.raw(AudioEncoding.PCM_S16LE, 8000))
			.build();
	}

	/**
	 * Return the call that sends a request.
	 * @param path the request path
	 * @return the call
	 */
	static SoakCall of(String path) {
		return switch (path) {
			case "/tts/bytes" -> TTS_BYTES;
			case "/tts/sse" -> TTS_SSE;
			case "/" -> API_STATUS;
			case "/voices", "/voices/" -> VOICES_LIST;
			case "/datasets", "/datasets/" -> DATASETS_LIST;
			default -> {
				if (!path.startsWith("/voices/")) {
					throw new IllegalArgumentException("Not a soak path: " + path);
				}
				yield VOICES_GET;
			}
		};
	}

	String method() {
		return this.method;
	}

	boolean isStream() {
		return this.stream;
	}

	/**
	 * Return the path a request of this call goes to.
	 * @param voiceId the voice fetched by {@link #VOICES_GET}
	 * @return the path without query
	 */
	String path(String voiceId) {
		return switch (this) {
			case TTS_BYTES -> "/tts/bytes";
			case TTS_SSE -> "/tts/sse";
			case API_STATUS -> "/";
			case VOICES_LIST -> "/voices";
			case VOICES_GET -> "/voices/" + voiceId;
			case DATASETS_LIST -> "/datasets/";
		};
	}

	/**
	 * Make the call and check its answer is complete.
	 * @param client the client
	 * @param voiceId the voice fetched by {@link #VOICES_GET}
	 * @param reference the fault-free answers
	 * @return completes when the answer was complete, fails with the call's error, or with
	 * an {@link AssertionError} for an incomplete answer
	 */
	Mono<Void> send(CartesiaClient client, String voiceId, Reference reference) {
		return switch (this) {
			case TTS_BYTES -> client.tts()
				.bytes(request())
				.collectList()
				.doOnNext((chunks) -> reference.check(this, FaultCall.audio(chunks), reference.bytes()))
				.then();
			case TTS_SSE -> client.tts()
				.sse(request())
				.collectList()
				.doOnNext((events) -> reference.check(this, FaultCall.audio(events), reference.sse()))
				.then();
			case API_STATUS -> client.apiStatus()
				.get()
				.doOnNext((status) -> reference.check(this, status.equals(reference.status())))
				.then();
			case VOICES_LIST -> client.voices()
				.list()
				.doOnNext((page) -> reference.check(this, !page.data().isEmpty()))
				.then();
			case VOICES_GET -> client.voices()
				.get(voiceId)
				.doOnNext((voice) -> reference.check(this, voice.id().equals(voiceId)))
				.then();
			case DATASETS_LIST -> client.datasets()
				.list(PageRequest.ofSize(10))
				.doOnNext((page) -> reference.check(this, page.data() != null))
				.then();
		};
	}

	/**
	 * Fault-free answers, recorded before the soak.
	 *
	 * @param bytes the audio of {@link #TTS_BYTES}
	 * @param sse the audio of {@link #TTS_SSE}
	 * @param status the API status
	 * @param voiceIds voices to fetch
	 */
	record Reference(byte[] bytes, byte[] sse, ApiStatus status, List<String> voiceIds) {

		static Reference record(CartesiaClient client) {
			return Mono.zip(client.tts().bytes(request()).collectList().map(FaultCall::audio),
					client.tts().sse(request()).collectList().map(FaultCall::audio),
					client.apiStatus().get(),
					client.voices().list().map((page) -> page.data().stream().limit(5).map(Voice::id).toList()))
				.map((all) -> new Reference(all.getT1(), all.getT2(), all.getT3(), all.getT4()))
				.block(Duration.ofSeconds(30));
		}

		void check(SoakCall call, byte[] audio, byte[] expected) {
			check(call, Arrays.equals(audio, expected));
		}

		void check(SoakCall call, boolean complete) {
			if (!complete) {
				throw new AssertionError(call + " succeeded with an incomplete answer");
			}
		}

	}

}
