package io.github.cartesia4j.test.simulator;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.test.StepVerifier;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class TtsBytesTests {

	private static final CartesiaSimulator simulator = CartesiaSimulator.start();

	private static final SimulatorTestClient client = new SimulatorTestClient(simulator);

	@AfterAll
	static void close() {
		simulator.close();
	}

	@Test
	void rawAudioIsTheSynthesizedSpeech() {
		SyntheticSpeech speech = SyntheticSpeech.of(TtsBodies.TRANSCRIPT, 24000, 1.0);
		byte[] expected = new byte[speech.sampleCount() * 2];
		PcmEncoding.PCM_S16LE.encode(speech.samples(), speech.sampleCount(), expected);
		StepVerifier.create(client.post("/tts/bytes", TtsBodies.raw(24000).toString())).assertNext((response) -> {
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.header("Content-Type")).isEqualTo("application/octet-stream");
			assertThat(response.header("Transfer-Encoding")).isEqualTo("chunked");
			assertThat(response.header("X-Request-Id")).isNotBlank();
			assertThat(response.header("Cartesia-File-ID")).isNull();
			assertThat(response.body()).isEqualTo(expected);
		}).expectComplete().verify(SimulatorTestClient.TIMEOUT);
	}

	@ParameterizedTest
	@EnumSource(PcmEncoding.class)
	void wavHasExactRiffHeader(PcmEncoding encoding) {
		int sampleCount = SyntheticSpeech.of(TtsBodies.TRANSCRIPT, 44100, 1.0).sampleCount();
		String request = TtsBodies.request("wav", encoding.value(), 44100).toString();
		StepVerifier.create(client.post("/tts/bytes", request)).assertNext((response) -> {
			assertThat(response.header("Content-Type")).isEqualTo("audio/wav");
			byte[] body = response.body();
			ByteBuffer header = ByteBuffer.wrap(body).order(ByteOrder.LITTLE_ENDIAN);
			int bytesPerSample = encoding.bytesPerSample();
			assertThat(ascii(body, 0)).isEqualTo("RIFF");
			assertThat(header.getInt(4)).isEqualTo(body.length - 8);
			assertThat(ascii(body, 8)).isEqualTo("WAVE");
			assertThat(ascii(body, 12)).isEqualTo("fmt ");
			assertThat(header.getInt(16)).isEqualTo(16);
			assertThat(header.getShort(20)).isEqualTo((short) encoding.wavFormatTag());
			assertThat(header.getShort(22)).isEqualTo((short) 1);
			assertThat(header.getInt(24)).isEqualTo(44100);
			assertThat(header.getInt(28)).isEqualTo(44100 * bytesPerSample);
			assertThat(header.getShort(32)).isEqualTo((short) bytesPerSample);
			assertThat(header.getShort(34)).isEqualTo((short) (8 * bytesPerSample));
			assertThat(ascii(body, 36)).isEqualTo("data");
			assertThat(header.getInt(40)).isEqualTo(sampleCount * bytesPerSample).isEqualTo(body.length - 44);
		}).expectComplete().verify(SimulatorTestClient.TIMEOUT);
	}

	@Test
	void wavFormatTagsMatchTheEncodings() {
		assertThat(PcmEncoding.PCM_S16LE.wavFormatTag()).isEqualTo(1);
		assertThat(PcmEncoding.PCM_F32LE.wavFormatTag()).isEqualTo(3);
		assertThat(PcmEncoding.PCM_ALAW.wavFormatTag()).isEqualTo(6);
		assertThat(PcmEncoding.PCM_MULAW.wavFormatTag()).isEqualTo(7);
	}

	@ParameterizedTest
	@CsvSource({ "8000, 32000, 0, 4", "16000, 64000, 2, 8", "22050, 96000, 2, 10", "24000, 192000, 2, 14",
			"44100, 128000, 3, 9", "48000, 192000, 3, 11", "44100, 32000, 3, 1" })
	void mp3IsSilentFramesCoveringTheSpeech(int sampleRate, int bitRate, int versionBits, int bitRateIndex) {
		int sampleCount = SyntheticSpeech.of(TtsBodies.TRANSCRIPT, sampleRate, 1.0).sampleCount();
		int samplesPerFrame = (versionBits == 3) ? 1152 : 576;
		StepVerifier.create(client.post("/tts/bytes", TtsBodies.mp3(sampleRate, bitRate).toString()))
			.assertNext((response) -> {
				assertThat(response.header("Content-Type")).isEqualTo("audio/mpeg");
				byte[] body = response.body();
				int frames = 0;
				int offset = 0;
				while (offset < body.length) {
					int header = ByteBuffer.wrap(body, offset, 4).getInt();
					assertThat(header >>> 21).as("sync").isEqualTo(0x7FF);
					assertThat((header >>> 19) & 0b11).as("version").isEqualTo(versionBits);
					assertThat((header >>> 17) & 0b11).as("layer III").isEqualTo(0b01);
					assertThat((header >>> 12) & 0xF).as("bit rate index").isEqualTo(bitRateIndex);
					assertThat((header >>> 6) & 0b11).as("mono").isEqualTo(0b11);
					offset += Mp3FrameHeaders.length(header);
					frames++;
				}
				assertThat(offset).isEqualTo(body.length);
				assertThat((long) frames * samplesPerFrame).isGreaterThanOrEqualTo(sampleCount);
				assertThat((long) (frames - 1) * samplesPerFrame).isLessThan(sampleCount);
			})
			.expectComplete()
			.verify(SimulatorTestClient.TIMEOUT);
	}

	@Test
	void saveAddsFileIdHeader() {
		StepVerifier.create(client.post("/tts/bytes", TtsBodies.raw(8000).put("save", true).toString()))
			.assertNext((response) -> assertThat(response.header("Cartesia-File-ID")).hasSize(36))
			.expectComplete()
			.verify(SimulatorTestClient.TIMEOUT);
	}

	@ParameterizedTest
	@ValueSource(doubles = { 0.6, 1.5 })
	void generationSpeedScalesTheSpeech(double speed) {
		ObjectNode request = TtsBodies.raw(16000);
		request.putObject("generation_config").put("speed", speed);
		int expected = SyntheticSpeech.of(TtsBodies.TRANSCRIPT, 16000, speed).sampleCount();
		StepVerifier.create(client.post("/tts/bytes", request.toString()))
			.assertNext((response) -> assertThat(response.body()).hasSize(expected * 2))
			.expectComplete()
			.verify(SimulatorTestClient.TIMEOUT);
	}

	@Test
	void audioIsStreamedInChunks() {
		try (CartesiaSimulator paced = CartesiaSimulator.builder()
			.chunkDuration(Duration.ofMillis(100))
			.chunkDelay(Duration.ofMillis(5))
			.start()) {
			int sampleCount = SyntheticSpeech.of(TtsBodies.TRANSCRIPT, 24000, 1.0).sampleCount();
			int chunks = (sampleCount + 2399) / 2400;
			StepVerifier.create(new SimulatorTestClient(paced).post("/tts/bytes", TtsBodies.raw(24000).toString()))
				.assertNext((response) -> {
					assertThat(response.header("Transfer-Encoding")).isEqualTo("chunked");
					assertThat(response.header("Content-Length")).isNull();
					assertThat(response.parts()).hasSizeGreaterThanOrEqualTo(chunks);
					assertThat(response.body()).hasSize(sampleCount * 2);
				})
				.expectComplete()
				.verify(SimulatorTestClient.TIMEOUT);
		}
	}

	private static String ascii(byte[] bytes, int offset) {
		return new String(bytes, offset, 4, StandardCharsets.US_ASCII);
	}

}
