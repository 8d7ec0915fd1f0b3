package io.github.cartesia4j.ai;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.ai.audio.transcription.AudioTranscription;
import org.springframework.ai.audio.transcription.AudioTranscriptionPrompt;
import org.springframework.ai.audio.transcription.AudioTranscriptionResponse;
import org.springframework.ai.audio.transcription.AudioTranscriptionResponseMetadata;
import org.springframework.ai.audio.transcription.TranscriptionModel;
import org.springframework.core.io.Resource;

import io.github.cartesia4j.client.core.Arguments;
import io.github.cartesia4j.client.core.FileInput;
import io.github.cartesia4j.client.stt.SttClient;
import io.github.cartesia4j.client.stt.Transcription;
import io.github.cartesia4j.client.stt.TranscriptionRequest;

/**
 * Spring AI {@link TranscriptionModel} on Cartesia's batch speech-to-text
 * ({@code POST /stt}). The options of a prompt are merged over this model's default
 * options, and the model is {@code ink-whisper} when neither names one. The audio resource
 * is streamed to the API as it is read; its file name, when it has one, names the upload.
 * Invalid options and a missing resource fail with an {@link IllegalArgumentException}
 * before anything is sent.
 *
 * @author cartesia4j
 * @since 0.1.0
 * @see CartesiaTranscriptionOptions
 */
public class CartesiaTranscriptionModel implements TranscriptionModel {

	/**
	 * Response metadata key of the API's request id.
	 */
	public static final String REQUEST_ID = "request-id";

	/**
	 * Response metadata key of the detected language, such as {@code en}.
	 */
	public static final String LANGUAGE = "language";

	/**
	 * Response metadata key of the audio duration in seconds.
	 */
	public static final String DURATION = "duration";

	private final SttClient stt;

	private final CartesiaTranscriptionOptions defaultOptions;

	/**
	 * Create a model transcribing with {@code ink-whisper} unless a prompt says otherwise.
	 * @param stt the speech-to-text client, must not be {@literal null}
	 */
	public CartesiaTranscriptionModel(SttClient stt) {
		this(stt, CartesiaTranscriptionOptions.builder().model(TranscriptionRequest.INK_WHISPER).build());
	}

	/**
	 * Create a model.
	 * @param stt the speech-to-text client, must not be {@literal null}
	 * @param defaultOptions the options used where a prompt leaves them out, must not be
	 * {@literal null}
	 */
	public CartesiaTranscriptionModel(SttClient stt, CartesiaTranscriptionOptions defaultOptions) {
		this.stt = Arguments.requireNonNull(stt, "stt");
		this.defaultOptions = Arguments.requireNonNull(defaultOptions, "defaultOptions");
	}

	/**
	 * Transcribe the prompt's audio, blocking until the API answered. The result's metadata
	 * is a {@link CartesiaTranscriptionMetadata}; the response metadata holds the
	 * {@link #REQUEST_ID}, {@link #LANGUAGE} and {@link #DURATION} when the API sent them.
	 * Do not call this on a non-blocking thread: subscribe to
	 * {@link #stream(AudioTranscriptionPrompt)} there.
	 * @param prompt the audio and options, must not be {@literal null}
	 * @return the transcription
	 * @see <a href="https://docs.cartesia.ai/api-reference/stt/transcribe">Speech-to-Text
	 * (Batch)</a>
	 */
	@Override
	public AudioTranscriptionResponse call(AudioTranscriptionPrompt prompt) {
		AudioTranscriptionResponse response = transcribe(prompt).block();
		if (response == null) {
			throw new IllegalStateException("Cartesia STT returned no transcription");
		}
		return response;
	}

	/**
	 * Transcribe the prompt's audio without blocking. Batch transcription has no partial
	 * results, so the flux emits one response, once the whole audio is transcribed.
	 * @param prompt the audio and options, must not be {@literal null}
	 * @return the transcription, as a single response
	 */
	@Override
	public Flux<AudioTranscriptionResponse> stream(AudioTranscriptionPrompt prompt) {
		return transcribe(prompt).flux();
	}

	/**
	 * Return the options used where a prompt leaves them out.
	 * @return the default options
	 */
	public CartesiaTranscriptionOptions getDefaultOptions() {
		return this.defaultOptions;
	}

	private Mono<AudioTranscriptionResponse> transcribe(AudioTranscriptionPrompt prompt) {
		TranscriptionRequest request = toRequest(prompt);
		return this.stt.transcribe(request).map(CartesiaTranscriptionModel::toResponse);
	}

	private TranscriptionRequest toRequest(AudioTranscriptionPrompt prompt) {
		Arguments.requireNonNull(prompt, "prompt");
		CartesiaTranscriptionOptions options = CartesiaTranscriptionOptions
			.merge(CartesiaTranscriptionOptions.from(prompt.getOptions()), this.defaultOptions);
		Resource audio = Arguments.requireNonNull(prompt.getInstructions(), "file");
		if (!audio.exists()) {
			throw new IllegalArgumentException("'file' does not exist: " + audio.getDescription());
		}
		return TranscriptionRequest.builder()
			.file(FileInput.of(audio))
			.model((options.getModel() != null) ? options.getModel() : TranscriptionRequest.INK_WHISPER)
			.language(options.getLanguage())
			.timestampGranularities(options.getTimestampGranularities())
			.encoding(options.getEncoding())
			.sampleRate(options.getSampleRate())
			.build();
	}

	private static AudioTranscriptionResponse toResponse(Transcription transcription) {
		AudioTranscriptionResponseMetadata metadata = new AudioTranscriptionResponseMetadata();
		if (transcription.requestId() != null) {
			metadata.put(REQUEST_ID, transcription.requestId());
		}
		if (transcription.language() != null) {
			metadata.put(LANGUAGE, transcription.language());
		}
		if (transcription.duration() != null) {
			metadata.put(DURATION, transcription.duration());
		}
		AudioTranscription result = new AudioTranscription(transcription.text())
			.withTranscriptionMetadata(CartesiaTranscriptionMetadata.of(transcription));
		return new AudioTranscriptionResponse(result, metadata);
	}

}
