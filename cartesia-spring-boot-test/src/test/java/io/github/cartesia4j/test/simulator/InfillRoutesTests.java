package io.github.cartesia4j.test.simulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

class InfillRoutesTests {

	private static final CartesiaSimulator simulator = CartesiaSimulator.start();

	private static final byte[] CLIP = clip();

	@AfterAll
	static void close() {
		simulator.close();
	}

	@Test
	void mp3OutputIsServedAsAudioMpeg() {
		SttRoutesTests.Form form = valid().text("output_format[container]", "mp3")
			.text("output_format[sample_rate]", "44100")
			.text("output_format[bit_rate]", "128000");
		StepVerifier.create(form.post(simulator, "/infill/bytes")).assertNext((response) -> {
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.header("Content-Type")).isEqualTo("audio/mpeg");
			assertThat(response.body()[0] & 0xFF).isEqualTo(0xFF);
		}).expectComplete().verify(SimulatorTestClient.TIMEOUT);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"no clip|model_id=sonic-3,transcript=hi,voice_id=v,output_format[container]=raw|"
					+ "left_audio or right_audio is required",
			"text instead of a clip|left_audio=text,model_id=sonic-3,transcript=hi,voice_id=v|"
					+ "left_audio must be a file",
			"no model|right_audio,transcript=hi,voice_id=v|model_id is required",
			"no transcript|left_audio,model_id=sonic-3,voice_id=v|transcript is required",
			"blank transcript|left_audio,model_id=sonic-3,transcript= ,voice_id=v|transcript is required",
			"no voice|left_audio,model_id=sonic-3,transcript=hi|voice_id is required",
			"no output format|left_audio,model_id=sonic-3,transcript=hi,voice_id=v|"
					+ "output_format[container] is required",
			"unknown container|left_audio,model_id=sonic-3,transcript=hi,voice_id=v,output_format[container]=ogg|"
					+ "output_format[container] must be one of raw, wav, mp3",
			"wav without encoding|left_audio,model_id=sonic-3,transcript=hi,voice_id=v,output_format[container]=wav,"
					+ "output_format[sample_rate]=44100|output_format[encoding] is required for container wav",
			"mp3 without bit rate|left_audio,model_id=sonic-3,transcript=hi,voice_id=v,output_format[container]=mp3,"
					+ "output_format[sample_rate]=44100|output_format[bit_rate] is required for container mp3",
			"sample rate not a number|left_audio,model_id=sonic-3,transcript=hi,voice_id=v,"
					+ "output_format[container]=raw,output_format[encoding]=pcm_s16le,output_format[sample_rate]=fast|"
					+ "output_format[sample_rate] must be one of" })
	void invalidFormsAreRejectedNamingTheField(String name, String fields, String message) {
		SttRoutesTests.Form form = new SttRoutesTests.Form();
		for (String field : fields.split(",")) {
			if (field.equals("left_audio") || field.equals("right_audio")) {
				form.file(field, field + ".wav", "audio/wav", CLIP);
			}
			else {
				form.text(field.substring(0, field.indexOf('=')), field.substring(field.indexOf('=') + 1));
			}
		}
		StepVerifier.create(form.post(simulator, "/infill/bytes")).assertNext((response) -> {
			assertThat(response.status()).isEqualTo(400);
			assertThat(response.json().get("message").asString()).contains(message);
		}).expectComplete().verify(SimulatorTestClient.TIMEOUT);
	}

	private static SttRoutesTests.Form valid() {
		return new SttRoutesTests.Form().file("left_audio", "left.wav", "audio/wav", CLIP)
			.text("model_id", "sonic-3")
			.text("transcript", "hello")
			.text("voice_id", "voice");
	}

	private static byte[] clip() {
		SyntheticSpeech speech = SyntheticSpeech.of("hello", 16000, 1.0);
		byte[] data = new byte[speech.sampleCount() * 2];
		PcmEncoding.PCM_S16LE.encode(speech.samples(), speech.sampleCount(), data);
		byte[] header = WavHeader.create(PcmEncoding.PCM_S16LE, 16000, speech.sampleCount());
		byte[] wav = new byte[header.length + data.length];
		System.arraycopy(header, 0, wav, 0, header.length);
		System.arraycopy(data, 0, wav, header.length, data.length);
		return wav;
	}

}
