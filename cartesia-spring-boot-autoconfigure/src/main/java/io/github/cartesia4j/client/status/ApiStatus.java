package io.github.cartesia4j.client.status;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The API status returned by {@code GET /}.
 *
 * @param ok whether the API is up
 * @param version the API's current default {@code Cartesia-Version}
 * @author cartesia4j
 * @since 0.1.0
 */
public record ApiStatus(@JsonProperty("ok") boolean ok, @JsonProperty("version") @Nullable String version) {

}
