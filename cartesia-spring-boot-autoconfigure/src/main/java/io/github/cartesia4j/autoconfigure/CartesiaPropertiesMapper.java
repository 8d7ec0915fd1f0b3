package io.github.cartesia4j.autoconfigure;

import java.time.Duration;
import java.util.function.Supplier;

import org.springframework.util.StringUtils;

import io.github.cartesia4j.client.CartesiaClient;
import io.github.cartesia4j.client.core.ConcurrencyLimit;
import io.github.cartesia4j.client.tts.Container;
import io.github.cartesia4j.client.tts.OutputFormat;
import io.github.cartesia4j.client.tts.TtsDefaults;
import io.github.cartesia4j.client.tts.VoiceSpecifier;

/**
 * Turns {@link CartesiaProperties} into a {@link CartesiaClient.Builder}, failing with a
 * message that names the offending property.
 *
 * @author cartesia4j
 */
final class CartesiaPropertiesMapper {

	private CartesiaPropertiesMapper() {
	}

	static CartesiaClient.Builder toBuilder(CartesiaProperties properties) {
		CartesiaClient.Builder builder = CartesiaClient.builder();
		String apiKey = properties.getApiKey();
		check(StringUtils.hasText(apiKey), "cartesia.api-key", "must not be empty");
		builder.apiKey(apiKey);
		String baseUrl = properties.getBaseUrl().toString();
		apply("cartesia.base-url", () -> {
			CartesiaClient.Builder.checkBaseUrl(baseUrl, properties.isAllowInsecureHttp());
			return builder.baseUrl(baseUrl).allowInsecureHttp(properties.isAllowInsecureHttp());
		});
		builder.ttsDefaults(ttsDefaults(properties.getTts()));
		apply("cartesia.api-version", () -> builder.apiVersion(properties.getApiVersion()));
		apply("cartesia.connect-timeout", () -> builder.connectTimeout(positive(properties.getConnectTimeout())));
		apply("cartesia.first-byte-timeout",
				() -> builder.firstByteTimeout(positive(properties.getFirstByteTimeout())));
		apply("cartesia.chunk-timeout", () -> builder.chunkTimeout(positive(properties.getChunkTimeout())));
		CartesiaProperties.Concurrency concurrency = properties.getConcurrency();
		if (concurrency.getMaxInFlight() != null) {
			apply("cartesia.concurrency", () -> builder
				.concurrencyLimit(ConcurrencyLimit.of(concurrency.getMaxInFlight(), concurrency.getMaxWait())));
		}
		return builder;
	}

	private static TtsDefaults ttsDefaults(CartesiaProperties.Tts tts) {
		OutputFormat format = apply("cartesia.tts.output-format", () -> outputFormat(tts.getOutputFormat()));
		VoiceSpecifier voice = StringUtils.hasText(tts.getVoiceId()) ? VoiceSpecifier.id(tts.getVoiceId()) : null;
		return apply("cartesia.tts.model-id", () -> new TtsDefaults(tts.getModelId(), voice, format,
				StringUtils.hasText(tts.getLanguage()) ? tts.getLanguage() : null));
	}

	private static OutputFormat outputFormat(CartesiaProperties.OutputFormat format) {
		return (format.getContainer() == Container.MP3)
				? OutputFormat.mp3(format.getSampleRate(), format.getBitRate())
				: new OutputFormat(format.getContainer(), format.getEncoding(), format.getSampleRate(), null);
	}

	private static Duration positive(Duration duration) {
		if (duration == null || duration.isNegative() || duration.isZero()) {
			throw new IllegalArgumentException("must be positive, got " + duration);
		}
		return duration;
	}

	private static <T> T apply(String property, Supplier<T> action) {
		try {
			return action.get();
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("Invalid Cartesia configuration '" + property + "': " + ex.getMessage(), ex);
		}
	}

	private static void check(boolean valid, String property, String message) {
		if (!valid) {
			throw new IllegalStateException("Invalid Cartesia configuration '" + property + "': " + message);
		}
	}

}
