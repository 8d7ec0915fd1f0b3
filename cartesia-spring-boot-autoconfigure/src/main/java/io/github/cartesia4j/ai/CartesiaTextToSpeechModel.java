package io.github.cartesia4j.ai;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;

import org.springframework.ai.audio.tts.Speech;
import org.springframework.ai.audio.tts.StreamingTextToSpeechModel;
import org.springframework.ai.audio.tts.TextToSpeechModel;
import org.springframework.ai.audio.tts.TextToSpeechPrompt;
import org.springframework.ai.audio.tts.TextToSpeechResponse;
import org.springframework.ai.audio.tts.TextToSpeechResponseMetadata;

import io.github.cartesia4j.client.core.Arguments;
import io.github.cartesia4j.client.tts.GenerationConfig;
import io.github.cartesia4j.client.tts.TtsAudioResponse;
import io.github.cartesia4j.client.tts.TtsClient;
import io.github.cartesia4j.client.tts.TtsRequest;
import io.github.cartesia4j.client.tts.VoiceSpecifier;

/**
 * Spring AI {@link TextToSpeechModel} and {@link StreamingTextToSpeechModel} on Cartesia's
 * {@code POST /tts/bytes}. The options of a prompt are merged over this model's default
 * options; whatever both leave out (model, voice, output format, language) comes from the
 * {@link TtsClient}'s defaults ({@code cartesia.tts.*}). Invalid options fail with an
 * {@link IllegalArgumentException} before anything is sent.
 *
 * @author cartesia4j
 * @since 0.1.0
 * @see CartesiaTextToSpeechOptions
 */
public class CartesiaTextToSpeechModel implements TextToSpeechModel, StreamingTextToSpeechModel {

	/**
	 * Response metadata key of the API's request id ({@code X-Request-Id}).
	 */
	public static final String REQUEST_ID = "request-id";

	/**
	 * Response metadata key of the audio's content type, such as {@code audio/wav}.
	 */
	public static final String CONTENT_TYPE = "content-type";

	private final TtsClient tts;

	private final CartesiaTextToSpeechOptions defaultOptions;

	/**
	 * Create a model whose options all come from the client's defaults unless a prompt sets
	 * them.
	 * @param tts the text-to-speech client, must not be {@literal null}
	 */
	public CartesiaTextToSpeechModel(TtsClient tts) {
		this(tts, CartesiaTextToSpeechOptions.builder().build());
	}

	/**
	 * Create a model.
	 * @param tts the text-to-speech client, must not be {@literal null}
	 * @param defaultOptions the options used where a prompt leaves them out, must not be
	 * {@literal null}
	 */
	public CartesiaTextToSpeechModel(TtsClient tts, CartesiaTextToSpeechOptions defaultOptions) {
		this.tts = Arguments.requireNonNull(tts, "tts");
		this.defaultOptions = Arguments.requireNonNull(defaultOptions, "defaultOptions");
	}

	/**
	 * Generate the whole audio, blocking until it arrived. The response metadata holds the
	 * {@link #REQUEST_ID} and {@link #CONTENT_TYPE} when the API sent them. Do not call this
	 * on a non-blocking thread: use {@link #stream(TextToSpeechPrompt)} there.
	 * @param prompt the text and options, must not be {@literal null}
	 * @return one {@link Speech} with the complete audio
	 * @see <a href="https://docs.cartesia.ai/api-reference/tts/bytes">Text to Speech (Bytes)</a>
	 */
	@Override
	public TextToSpeechResponse call(TextToSpeechPrompt prompt) {
		TtsRequest request = toRequest(prompt);
		TextToSpeechResponse response = this.tts.bytesWithResponse(request)
			.flatMap((audio) -> audio.audio()
				.reduceWith(ByteArrayOutputStream::new, (out, chunk) -> {
					out.writeBytes(chunk);
					return out;
				})
				.map((out) -> new TextToSpeechResponse(List.of(new Speech(out.toByteArray())), metadata(audio))))
			.block();
		if (response == null) {
			throw new IllegalStateException("Cartesia TTS returned no response");
		}
		return response;
	}

	/**
	 * Stream the audio as Cartesia generates it: each chunk reaches the subscriber as soon
	 * as it arrives, long before the synthesis ends. Nothing is sent until subscription.
	 * @param prompt the text and options, must not be {@literal null}
	 * @return one response per audio chunk, in order, each with one {@link Speech}
	 * @see <a href="https://docs.cartesia.ai/api-reference/tts/bytes">Text to Speech (Bytes)</a>
	 */
	@Override
	public Flux<TextToSpeechResponse> stream(TextToSpeechPrompt prompt) {
		TtsRequest request = toRequest(prompt);
		return this.tts.bytes(request).map((chunk) -> new TextToSpeechResponse(List.of(new Speech(chunk))));
	}

	/**
	 * Return the options used where a prompt leaves them out.
	 * @return the default options
	 */
	@Override
	public CartesiaTextToSpeechOptions getDefaultOptions() {
		return this.defaultOptions;
	}

	/**
	 * Return the options used where a prompt leaves them out.
	 * @return the default options
	 */
	@Override
	public CartesiaTextToSpeechOptions getOptions() {
		return this.defaultOptions;
	}

	private TtsRequest toRequest(TextToSpeechPrompt prompt) {
		Arguments.requireNonNull(prompt, "prompt");
		CartesiaTextToSpeechOptions options = CartesiaTextToSpeechOptions
			.merge(CartesiaTextToSpeechOptions.from(prompt.getOptions()), this.defaultOptions);
		if (options.getFormat() == null
				&& (options.getEncoding() != null || options.getSampleRate() != null || options.getBitRate() != null)) {
			throw new IllegalArgumentException(
					"'format' must be set (mp3, wav or pcm) when an encoding, sample rate or bit rate is");
		}
		return TtsRequest.builder()
			.transcript(prompt.getInstructions().getText())
			.modelId(options.getModel())
			.voice((options.getVoice() != null) ? VoiceSpecifier.id(options.getVoice()) : null)
			.outputFormat(options.getOutputFormat())
			.language(options.getLanguage())
			.generationConfig(generationConfig(options))
			.build();
	}

	private static @Nullable GenerationConfig generationConfig(CartesiaTextToSpeechOptions options) {
		if (options.getSpeed() == null && options.getVolume() == null && options.getEmotion() == null) {
			return null;
		}
		return new GenerationConfig(options.getVolume(), options.getSpeed(), options.getEmotion());
	}

	private static TextToSpeechResponseMetadata metadata(TtsAudioResponse response) {
		TextToSpeechResponseMetadata metadata = new TextToSpeechResponseMetadata();
		if (response.requestId() != null) {
			metadata.put(REQUEST_ID, response.requestId());
		}
		if (response.contentType() != null) {
			metadata.put(CONTENT_TYPE, response.contentType());
		}
		return metadata;
	}

}
