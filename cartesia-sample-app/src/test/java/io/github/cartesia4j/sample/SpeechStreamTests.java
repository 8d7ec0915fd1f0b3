package io.github.cartesia4j.sample;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.cartesia4j.test.context.AutoConfigureCartesiaSimulator;
import io.github.cartesia4j.test.simulator.CartesiaSimulator;
import io.github.cartesia4j.test.simulator.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/speech/stream} against a simulator that generates audio in real time,
 * one 40 ms chunk every {@value #CHUNK_DELAY_MILLIS} ms.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureCartesiaSimulator(chunkDelayMillis = SpeechStreamTests.CHUNK_DELAY_MILLIS)
class SpeechStreamTests {

	static final long CHUNK_DELAY_MILLIS = 20;

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	@Autowired
	private CartesiaSimulator simulator;

	@LocalServerPort
	private int port;

	@AfterEach
	void reset() {
		this.simulator.clearRequests();
	}

	@Test
	void firstAudioArrivesLongBeforeTheLastAndTheWholeBodyIsAValidWave() {
		warmUp();
		long start = System.nanoTime();
		ResponseEntity<Flux<DataBuffer>> response = http().get()
			.uri("/api/speech/stream?text={text}", "The first words play before the last exist")
			.retrieve()
			.toEntityFlux(DataBuffer.class)
			.block(TIMEOUT);
		assertThat(response.getStatusCode().value()).isEqualTo(200);
		assertThat(response.getHeaders().getContentType()).hasToString("audio/wav");
		assertThat(response.getHeaders().getContentLength()).as("no length: the body is streamed").isEqualTo(-1);
		assertThat(response.getHeaders().getCacheControl()).isEqualTo("no-store");
		List<Arrival> arrivals = response.getBody()
			.map((buffer) -> Arrival.of(buffer, start))
			.collectList()
			.block(TIMEOUT);

		long firstMillis = arrivals.get(0).millis();
		long lastMillis = arrivals.get(arrivals.size() - 1).millis();
		assertThat(arrivals).as("separately received parts").hasSizeGreaterThan(10);
		assertThat(lastMillis - firstMillis).as("time between first and last audio, ms")
			.isGreaterThanOrEqualTo(10 * CHUNK_DELAY_MILLIS);
		assertThat(firstMillis).as("time to first audio, ms").isLessThan(lastMillis / 2);
		ByteArrayOutputStream wav = new ByteArrayOutputStream();
		arrivals.forEach((arrival) -> wav.writeBytes(arrival.bytes()));
		Wave.assertValid(wav.toByteArray());
		assertThat(arrivals.get(0).bytes().length).as("first part smaller than the whole body")
			.isLessThan(wav.size() / 4);
	}

	@Test
	void textAndChosenVoiceReachCartesia() {
		String britishLady = voiceId("British Lady");
		byte[] wav = http().get()
			.uri("/api/speech/stream?text={text}&voiceId={voice}", "Bonjour & welcome", britishLady)
			.retrieve()
			.bodyToMono(byte[].class)
			.block(TIMEOUT);
		Wave.assertValid(wav);
		RecordedRequest request = ttsRequests().get(0);
		assertThat(request.bodyAsString()).contains("\"transcript\":\"Bonjour & welcome\"")
			.contains("\"id\":\"" + britishLady + "\"")
			.contains("\"container\":\"wav\"");
	}

	@Test
	void missingTextIsRejectedBeforeCallingCartesia() {
		ResponseEntity<String> response = http().get()
			.uri("/api/speech/stream?voiceId={voice}", voiceId("British Lady"))
			.exchangeToMono((exchange) -> exchange.toEntity(String.class))
			.block(TIMEOUT);
		assertThat(response.getStatusCode().value()).isEqualTo(400);
		assertThat(response.getBody()).contains("transcript");
		assertThat(ttsRequests()).isEmpty();
	}

	/**
	 * One short request first, so that class loading and connection set-up do not count as
	 * time to first audio.
	 */
	private void warmUp() {
		http().get().uri("/api/speech/stream?text=Hi").retrieve().bodyToMono(byte[].class).block(TIMEOUT);
	}

	private String voiceId(String name) {
		return http().get()
			.uri("/api/voices")
			.retrieve()
			.bodyToFlux(VoiceOption.class)
			.filter((voice) -> voice.name().equals(name))
			.map(VoiceOption::id)
			.blockFirst(TIMEOUT);
	}

	private List<RecordedRequest> ttsRequests() {
		return this.simulator.requests().stream().filter((request) -> request.path().equals("/tts/bytes")).toList();
	}

	private WebClient http() {
		return WebClient.builder()
			.baseUrl("http://127.0.0.1:" + this.port)
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
			.build();
	}

	private record Arrival(long millis, byte[] bytes) {

		static Arrival of(DataBuffer buffer, long start) {
			long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			DataBufferUtils.release(buffer);
			return new Arrival(millis, bytes);
		}

	}

}
