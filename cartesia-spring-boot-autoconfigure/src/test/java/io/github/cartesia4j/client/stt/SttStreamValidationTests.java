package io.github.cartesia4j.client.stt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import io.github.cartesia4j.client.core.WebSocketTestServer;
import io.github.cartesia4j.testing.TestClients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Invalid realtime settings fail with an {@link IllegalArgumentException} naming the wire
 * field, before any connection is attempted.
 */
class SttStreamValidationTests {

	private final WebSocketTestServer server = WebSocketTestServer.start();

	private final SttClient stt = TestClients.client(this.server.baseUrl()).stt();

	@AfterEach
	void stop() {
		assertThat(this.server.handshakes()).isEmpty();
		this.server.close();
	}

	private static SttStreamOptions.Builder options() {
		return SttStreamOptions.builder().model("ink-2").encoding(SttEncoding.PCM_S16LE).sampleRate(16000);
	}

	private static SttTurnOptions.Builder turns() {
		return SttTurnOptions.builder().model("ink-2").encoding(SttEncoding.PCM_S16LE).sampleRate(16000);
	}

	@Test
	void keytermsAreLimitedInNumberAndInCharacters() {
		List<String> many = new ArrayList<>(Collections.nCopies(101, "term"));
		assertThatIllegalArgumentException().isThrownBy(() -> options().keyterms(many).build())
			.withMessageContaining("'keyterm'")
			.withMessageContaining("100");
		assertThat(options().keyterms(many.subList(0, 100)).build().keyterms()).hasSize(100);
		String long600 = "x".repeat(600);
		assertThat(options().keyterm(long600).keyterm(long600).build().keyterms()).hasSize(2);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> turns().keyterm(long600).keyterm(long600).keyterm("y").build())
			.withMessageContaining("'keyterm'")
			.withMessageContaining("1200");
		assertThatIllegalArgumentException().isThrownBy(() -> options().keyterm(" ").build())
			.withMessageContaining("'keyterm'");
	}

	@Test
	void audioFormatAndModelAreRequired() {
		assertThatIllegalArgumentException().isThrownBy(() -> options().model(" ").build())
			.withMessageContaining("'model'");
		assertThatIllegalArgumentException().isThrownBy(() -> options().encoding(null).build())
			.withMessageContaining("'encoding'");
		assertThatIllegalArgumentException().isThrownBy(() -> turns().sampleRate(null).build())
			.withMessageContaining("'sample_rate'");
		assertThatIllegalArgumentException().isThrownBy(() -> options().sampleRate(0).build())
			.withMessageContaining("'sample_rate'");
	}

	@Test
	void optionalValuesAreChecked() {
		assertThatIllegalArgumentException().isThrownBy(() -> options().minVolume(1.5).build())
			.withMessageContaining("'min_volume'");
		assertThatIllegalArgumentException().isThrownBy(() -> options().minVolume(Double.NaN).build())
			.withMessageContaining("'min_volume'");
		assertThatIllegalArgumentException().isThrownBy(() -> options().maxSilenceDurationSecs(0.0).build())
			.withMessageContaining("'max_silence_duration_secs'");
		assertThatIllegalArgumentException().isThrownBy(() -> options().language("").build())
			.withMessageContaining("'language'");
	}

	@Test
	void turnThresholdsAreCheckedAgainstTheirRanges() {
		assertThatIllegalArgumentException().isThrownBy(() -> turns().turnStartThreshold(0.95).build())
			.withMessageContaining("'turn_start_threshold' must be between 0.5 and 0.9");
		assertThatIllegalArgumentException().isThrownBy(() -> turns().turnEagerEndThreshold(0.2).build())
			.withMessageContaining("'turn_eager_end_threshold' must be between 0.3 and 0.6");
		assertThatIllegalArgumentException().isThrownBy(() -> turns().turnEndThreshold(0.01).build())
			.withMessageContaining("'turn_end_threshold' must be between 0.05 and 0.5");
		assertThatIllegalArgumentException().isThrownBy(() -> turns().turnEndThreshold(Double.NaN).build())
			.withMessageContaining("'turn_end_threshold'");
		assertThatIllegalArgumentException().isThrownBy(() -> turns().turnEndTimeoutMs(11201).build())
			.withMessageContaining("'turn_end_timeout_ms' must be between 640 and 11200");
		assertThat(turns().turnStartThreshold(0.5)
			.turnEagerEndThreshold(0.6)
			.turnEndThreshold(0.05)
			.turnEndTimeoutMs(640)
			.build()
			.turnEndTimeoutMs()).isEqualTo(640);
	}

	@Test
	void midSessionConfigIsCheckedAndMustChangeSomething() {
		assertThatIllegalArgumentException().isThrownBy(() -> SttTurnConfig.builder().endThreshold(0.6).build())
			.withMessageContaining("'turn.end_threshold'");
		assertThatIllegalArgumentException().isThrownBy(() -> SttTurnConfig.builder().endTimeoutMs(100).build())
			.withMessageContaining("'turn.end_timeout_ms'");
		assertThatIllegalArgumentException().isThrownBy(() -> SttTurnConfig.builder().build())
			.withMessageContaining("'turn'");
	}

	@Test
	void missingArgumentsFailAtTheCallNotOnSubscription() {
		SttStreamOptions valid = options().build();
		assertThatIllegalArgumentException().isThrownBy(() -> this.stt.stream(null, Flux.empty()))
			.withMessageContaining("'options'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.stt.stream(valid, null))
			.withMessageContaining("'audio'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.stt.streamTurnInputs(turns().build(), null))
			.withMessageContaining("'inputs'");
		assertThatIllegalArgumentException().isThrownBy(() -> SttInput.audio(null))
			.withMessageContaining("'data'");
	}

}
