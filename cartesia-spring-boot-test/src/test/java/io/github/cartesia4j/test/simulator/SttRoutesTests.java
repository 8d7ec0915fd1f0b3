package io.github.cartesia4j.test.simulator;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import io.netty.handler.codec.http.HttpMethod;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClient;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SttRoutesTests {

	private static final CartesiaSimulator simulator = CartesiaSimulator.start();

	private static final String TRANSCRIPT = "hello world";

	@AfterAll
	static void close() {
		simulator.close();
	}

	@ParameterizedTest
	@CsvSource({ "pcm_s16le, 16000", "pcm_s32le, 48000", "pcm_f16le, 22050", "pcm_f32le, 44100", "pcm_mulaw, 8000",
			"pcm_alaw, 24000" })
	void headerlessPcmIsReadInEveryEncodingTheApiAccepts(String encoding, int sampleRate) {
		byte[] pcm = encode(SyntheticSpeech.of(TRANSCRIPT, sampleRate, 1.0).samples(), encoding);
		Form form = new Form().file("file", "speech.raw", "application/octet-stream", pcm).text("model", "ink-whisper");
		StepVerifier.create(form.post(simulator, "/stt?encoding=" + encoding + "&sample_rate=" + sampleRate))
			.assertNext((response) -> {
				assertThat(response.status()).isEqualTo(200);
				assertThat(response.header("Content-Type")).isEqualTo("application/json");
				JsonNode body = response.json();
				assertThat(body.get("type").asString()).isEqualTo("transcript");
				assertThat(body.get("request_id").asString()).isEqualTo(response.header("X-Request-Id"));
				assertThat(body.get("text").asString()).isEqualTo(TRANSCRIPT);
				assertThat(body.get("language").asString()).isEqualTo("en");
				assertThat(body.has("words")).isFalse();
			})
			.expectComplete()
			.verify(SimulatorTestClient.TIMEOUT);
	}

	@Test
	void stereoTwentyFourBitExtensibleWavIsMixedDownAndTranscribedWithWordTimestamps() {
		SyntheticSpeech speech = SyntheticSpeech.of("thank you", 48000, 1.25);
		float[] samples = speech.samples();
		ByteBuffer data = ByteBuffer.allocate(samples.length * 6).order(ByteOrder.LITTLE_ENDIAN);
		for (float sample : samples) {
			int value = Math.round(sample * 8388607);
			for (int channel = 0; channel < 2; channel++) {
				data.put((byte) value).put((byte) (value >> 8)).put((byte) (value >> 16));
			}
		}
		Form form = new Form().file("file", "thanks.wav", "audio/wav", extensibleWav(data.array(), 48000, 2, 24))
			.text("model", "ink-whisper-2025-06-04")
			.text("language", "fr")
			.text("timestamp_granularities[]", "word");
		List<SyntheticSpeech.Word> spoken = speech.words();
		StepVerifier.create(form.post(simulator, "/stt")).assertNext((response) -> {
			JsonNode body = response.json();
			assertThat(body.get("text").asString()).isEqualTo("thank you");
			assertThat(body.get("language").asString()).isEqualTo("fr");
			assertThat(body.get("duration").asDouble()).isCloseTo(speech.durationSeconds(),
					within(0.001));
			JsonNode words = body.get("words");
			assertThat(words).hasSize(2);
			for (int i = 0; i < 2; i++) {
				assertThat(words.get(i).get("word").asString()).isEqualTo(spoken.get(i).word());
				assertThat(words.get(i).get("start").asDouble()).isCloseTo(spoken.get(i).start(),
						within(0.002));
				assertThat(words.get(i).get("end").asDouble()).isCloseTo(spoken.get(i).end(),
						within(0.002));
			}
		}).expectComplete().verify(SimulatorTestClient.TIMEOUT);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "no file|/stt|model=ink-whisper|file is required",
			"no model|/stt|file|model is required", "other model|/stt|file,model=sonic-3|model must be ink-whisper",
			"bad language|/stt|file,model=ink-whisper,language=English|language must be an ISO-639-1 code",
			"segment timestamps|/stt|file,model=ink-whisper,timestamp_granularities[]=segment|"
					+ "timestamp_granularities[] must be word",
			"unknown encoding|/stt?encoding=pcm_s24le&sample_rate=16000|file,model=ink-whisper|encoding must be one of",
			"zero sample rate|/stt?encoding=pcm_s16le&sample_rate=0|file,model=ink-whisper|"
					+ "sample_rate must be a positive integer",
			"encoding without sample rate|/stt?encoding=pcm_s16le|file,model=ink-whisper|sample_rate is required",
			"unreadable file|/stt|file,model=ink-whisper|file could not be decoded" })
	void invalidRequestsAreRejectedNamingTheField(String name, String path, String fields, String message) {
		Form form = new Form();
		for (String field : fields.split(",")) {
			if (field.equals("file")) {
				form.file("file", "notes.txt", "text/plain", "not audio".getBytes(StandardCharsets.UTF_8));
			}
			else {
				form.text(field.substring(0, field.indexOf('=')), field.substring(field.indexOf('=') + 1));
			}
		}
		StepVerifier.create(form.post(simulator, path)).assertNext((response) -> {
			assertThat(response.status()).isEqualTo(400);
			assertThat(response.json().get("message").asString()).contains(message);
		}).expectComplete().verify(SimulatorTestClient.TIMEOUT);
	}

	@Test
	void jsonBodyIsRejected() {
		StepVerifier.create(new SimulatorTestClient(simulator).post("/stt", "{\"model\":\"ink-whisper\"}"))
			.assertNext((response) -> {
				assertThat(response.status()).isEqualTo(400);
				assertThat(response.json().get("message").asString()).contains("multipart/form-data");
			})
			.expectComplete()
			.verify(SimulatorTestClient.TIMEOUT);
	}

	@Test
	void commonWordsHaveDistinctTonesForTheirLength() {
		assertThat(SttVocabulary.COMMON_WORDS).contains("hello", "world")
			.extracting((word) -> (int) SyntheticSpeech.frequencyOf(word) + "/" + word.length())
			.doesNotHaveDuplicates();
	}

	@Test
	void eachSimulatorHasItsOwnVocabularyFoundThroughItsSettings() {
		SimulatorSettings settings = new SimulatorSettings(null, Duration.ofMillis(40), Duration.ZERO, true);
		SimulatorSettings equalSettings = new SimulatorSettings(null, Duration.ofMillis(40), Duration.ZERO, true);
		SttVocabulary vocabulary = SttVocabulary.of(settings);
		assertThat(SttVocabulary.of(settings)).isSameAs(vocabulary);
		assertThat(SttVocabulary.of(equalSettings)).isNotSameAs(vocabulary);
		vocabulary.record("Quokka!  quokka");
		assertThat(vocabulary.words((int) SyntheticSpeech.frequencyOf("quokka"))).containsExactly("quokka");
		assertThat(vocabulary.words((int) SyntheticSpeech.frequencyOf("Quokka!"))).containsExactly("Quokka!");
		assertThat(SttVocabulary.of(equalSettings).words((int) SyntheticSpeech.frequencyOf("quokka"))).isEmpty();
	}

	@Test
	void toneWithNoKnownWordBecomesAPlaceholderUntilTheWordIsLearned() {
		SttVocabulary vocabulary = new SttVocabulary();
		float[] samples = SyntheticSpeech.of("hello zyzzyva", 16000, 1.0).samples();
		List<SttWord> words = new SttToneTranscriber(vocabulary).transcribe(SttAudio.of(samples, 16000));
		assertThat(words).extracting(SttWord::word)
			.containsExactly("hello", "[tone " + (int) SyntheticSpeech.frequencyOf("zyzzyva") + "Hz]");
		vocabulary.record("zyzzyva");
		assertThat(new SttToneTranscriber(vocabulary).transcribe(SttAudio.of(samples, 16000)))
			.extracting(SttWord::word)
			.containsExactly("hello", "zyzzyva");
	}

	@Test
	void wordsSharingAToneAreToldApartByTheirDuration() {
		assertThat(SyntheticSpeech.frequencyOf("zzaavfab")).isEqualTo(SyntheticSpeech.frequencyOf("hello"))
			.isEqualTo(SyntheticSpeech.frequencyOf("aaqwo"));
		float[] samples = SyntheticSpeech.of("yes hello zzaavfab", 22050, 1.5).samples();
		SttVocabulary vocabulary = new SttVocabulary();
		assertThat(new SttToneTranscriber(vocabulary).transcribe(SttAudio.of(samples, 22050)))
			.extracting(SttWord::word)
			.containsExactly("yes", "hello", "[tone 518Hz]");
		vocabulary.record("zzaavfab");
		assertThat(new SttToneTranscriber(vocabulary).transcribe(SttAudio.of(samples, 22050)))
			.extracting(SttWord::word)
			.containsExactly("yes", "hello", "zzaavfab");
		vocabulary.record("aaqwo");
		assertThat(new SttToneTranscriber(vocabulary).transcribe(SttAudio.of(samples, 22050)))
			.extracting(SttWord::word)
			.containsExactly("yes", "aaqwo", "zzaavfab");
	}

	private static byte[] encode(float[] samples, String encoding) {
		ByteBuffer buffer;
		switch (encoding) {
			case "pcm_s32le" -> {
				buffer = ByteBuffer.allocate(samples.length * 4).order(ByteOrder.LITTLE_ENDIAN);
				for (float sample : samples) {
					buffer.putInt((int) Math.round(sample * 2147483647.0));
				}
			}
			case "pcm_f16le" -> {
				buffer = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
				for (float sample : samples) {
					buffer.putShort(half(sample));
				}
			}
			default -> {
				PcmEncoding pcm = PcmEncoding.of(encoding);
				byte[] bytes = new byte[samples.length * pcm.bytesPerSample()];
				pcm.encode(samples, samples.length, bytes);
				return bytes;
			}
		}
		return buffer.array();
	}

	private static short half(float value) {
		int bits = Float.floatToIntBits(value);
		int sign = (bits >>> 16) & 0x8000;
		int exponent = ((bits >>> 23) & 0xFF) - 127 + 15;
		int mantissa = bits & 0x7FFFFF;
		if (exponent <= 0) {
			return (short) sign;
		}
		return (short) (sign | (exponent << 10) | (mantissa >>> 13));
	}

	private static byte[] extensibleWav(byte[] data, int sampleRate, int channels, int bits) {
		int blockAlign = channels * bits / 8;
		ByteBuffer header = ByteBuffer.allocate(68).order(ByteOrder.LITTLE_ENDIAN);
		header.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(60 + data.length);
		header.put("WAVE".getBytes(StandardCharsets.US_ASCII));
		header.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(40);
		header.putShort((short) 0xFFFE).putShort((short) channels).putInt(sampleRate).putInt(sampleRate * blockAlign);
		header.putShort((short) blockAlign).putShort((short) bits).putShort((short) 22).putShort((short) bits);
		header.putInt(3).putShort((short) 1).put(new byte[14]);
		header.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(data.length);
		ByteArrayOutputStream wav = new ByteArrayOutputStream();
		wav.writeBytes(header.array());
		wav.writeBytes(data);
		return wav.toByteArray();
	}

	/**
	 * A {@code multipart/form-data} body, posted to a simulator with valid credentials.
	 */
	static final class Form {

		private static final String BOUNDARY = "simulator-test-boundary";

		private final ByteArrayOutputStream body = new ByteArrayOutputStream();

		Form text(String name, String value) {
			return part("Content-Disposition: form-data; name=\"" + name + "\"\r\n",
					value.getBytes(StandardCharsets.UTF_8));
		}

		Form file(String name, String filename, String contentType, byte[] content) {
			return part("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename
					+ "\"\r\nContent-Type: " + contentType + "\r\n", content);
		}

		private Form part(String headers, byte[] content) {
			this.body.writeBytes(("--" + BOUNDARY + "\r\n" + headers + "\r\n").getBytes(StandardCharsets.UTF_8));
			this.body.writeBytes(content);
			this.body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
			return this;
		}

		Mono<SimulatorResponse> post(CartesiaSimulator simulator, String path) {
			ByteArrayOutputStream complete = new ByteArrayOutputStream();
			complete.writeBytes(this.body.toByteArray());
			complete.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
			byte[] bytes = complete.toByteArray();
			return HttpClient.create()
				.baseUrl(simulator.baseUrl())
				.headers((headers) -> {
					SimulatorTestClient.authenticated(headers);
					headers.set("Content-Type", "multipart/form-data; boundary=" + BOUNDARY);
				})
				.request(HttpMethod.POST)
				.uri(path)
				.send(ByteBufFlux.fromInbound(Mono.just(bytes)))
				.response((response, content) -> content.asByteArray()
					.collectList()
					.map((parts) -> new SimulatorResponse(response.status().code(), response.responseHeaders(), parts)))
				.single();
		}

	}

}
