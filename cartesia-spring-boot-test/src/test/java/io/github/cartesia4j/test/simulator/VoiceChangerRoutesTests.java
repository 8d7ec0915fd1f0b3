package io.github.cartesia4j.test.simulator;

import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class VoiceChangerRoutesTests {

	private static final CartesiaSimulator simulator = CartesiaSimulator.builder()
		.chunkDuration(Duration.ofMillis(100))
		.start();

	private static final SyntheticSpeech SPEECH = SyntheticSpeech.of("good morning", 16000, 1.0);

	@AfterAll
	static void close() {
		simulator.close();
	}

	@Test
	void sseFramesCarryNoTypeAndEndWithTheDoneFrame() {
		SttRoutesTests.Form form = valid().text("output_format[container]", "raw")
			.text("output_format[encoding]", "pcm_s16le")
			.text("output_format[sample_rate]", "24000");
		StepVerifier.create(form.post(simulator, "/voice-changer/sse")).assertNext((response) -> {
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.header("Content-Type")).isEqualTo("text/event-stream");
			String body = response.bodyAsString();
			assertThat(body).doesNotContain("event:").doesNotContain("\"type\"");
			assertThat(body).endsWith("\n\ndata: {\"status_code\":200,\"done\":true}\n\n");
			List<SseFrame> frames = SseFrame.parse(body);
			int expectedSamples = (int) Math.round(SPEECH.durationSeconds() * 24000);
			assertThat(frames).hasSize((expectedSamples + 2399) / 2400 + 1);
			int samples = 0;
			for (SseFrame frame : frames.subList(0, frames.size() - 1)) {
				JsonNode data = frame.data();
				assertThat(data.propertyNames()).containsExactly("status_code", "done", "data", "sample_rate",
						"step_time");
				assertThat(data.get("status_code").asInt()).isEqualTo(206);
				assertThat(data.get("done").asBoolean()).isFalse();
				assertThat(data.get("sample_rate").asInt()).isEqualTo(24000);
				assertThat(data.get("step_time").isNumber()).isTrue();
				samples += Base64.getDecoder().decode(data.get("data").asString()).length / 2;
			}
			assertThat(samples).isEqualTo(expectedSamples);
		}).expectComplete().verify(SimulatorTestClient.TIMEOUT);
	}

	@Test
	void bytesAreServedWithTheContainerContentType() {
		SttRoutesTests.Form form = valid().text("output_format[container]", "wav")
			.text("output_format[encoding]", "pcm_alaw")
			.text("output_format[sample_rate]", "8000");
		StepVerifier.create(form.post(simulator, "/voice-changer/bytes")).assertNext((response) -> {
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.header("Content-Type")).isEqualTo("audio/wav");
			assertThat(response.body()).hasSize(44 + (int) Math.round(SPEECH.durationSeconds() * 8000));
		}).expectComplete().verify(SimulatorTestClient.TIMEOUT);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"no clip|/voice-changer/bytes|voice[id]=v,output_format[container]=raw|clip is required",
			"no voice|/voice-changer/sse|clip,output_format[container]=raw|voice[id] is required",
			"blank voice|/voice-changer/bytes|clip,voice[id]= |voice[id] is required",
			"no output format|/voice-changer/sse|clip,voice[id]=v|output_format[container] is required",
			"raw without encoding|/voice-changer/bytes|clip,voice[id]=v,output_format[container]=raw,"
					+ "output_format[sample_rate]=16000|output_format[encoding] is required for container raw",
			"odd sample rate|/voice-changer/sse|clip,voice[id]=v,output_format[container]=mp3,"
					+ "output_format[sample_rate]=11025,output_format[bit_rate]=128000|"
					+ "output_format[sample_rate] must be one of",
			"odd bit rate|/voice-changer/bytes|clip,voice[id]=v,output_format[container]=mp3,"
					+ "output_format[sample_rate]=44100,output_format[bit_rate]=100000|"
					+ "output_format[bit_rate] must be one of",
			"unknown encoding|/voice-changer/sse|clip,voice[id]=v,output_format[container]=raw,"
					+ "output_format[encoding]=pcm_s24le,output_format[sample_rate]=16000|"
					+ "output_format[encoding] must be one of" })
	void invalidFormsAreRejectedNamingTheField(String name, String path, String fields, String message) {
		SttRoutesTests.Form form = new SttRoutesTests.Form();
		for (String field : fields.split(",")) {
			if (field.equals("clip")) {
				form.file("clip", "clip.wav", "audio/wav", clip());
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

	private static SttRoutesTests.Form valid() {
		return new SttRoutesTests.Form().file("clip", "clip.wav", "audio/wav", clip()).text("voice[id]", "voice");
	}

	private static byte[] clip() {
		byte[] data = new byte[SPEECH.sampleCount() * 4];
		PcmEncoding.PCM_F32LE.encode(SPEECH.samples(), SPEECH.sampleCount(), data);
		byte[] header = WavHeader.create(PcmEncoding.PCM_F32LE, 16000, SPEECH.sampleCount());
		byte[] wav = new byte[header.length + data.length];
		System.arraycopy(header, 0, wav, 0, header.length);
		System.arraycopy(data, 0, wav, header.length, data.length);
		return wav;
	}

}
