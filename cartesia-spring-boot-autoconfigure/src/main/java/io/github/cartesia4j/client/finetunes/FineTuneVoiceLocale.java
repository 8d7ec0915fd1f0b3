package io.github.cartesia4j.client.finetunes;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A locale a fine-tuned voice speaks.
 *
 * @param locale the locale, such as {@code en-US}
 * @param isNative whether the voice is native in it
 * @author cartesia4j
 * @since 0.1.0
 */
public record FineTuneVoiceLocale(@JsonProperty("locale") @Nullable String locale,
		@JsonProperty("is_native") @Nullable Boolean isNative) {

}
