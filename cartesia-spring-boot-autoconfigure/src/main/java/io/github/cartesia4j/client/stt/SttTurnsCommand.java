package io.github.cartesia4j.client.stt;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A JSON command of the turn detection WebSocket.
 *
 * @param type {@code config} or {@code close}
 * @param turn the thresholds of a {@code config} command
 * @author cartesia4j
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SttTurnsCommand(@JsonProperty("type") String type, @JsonProperty("turn") @Nullable SttTurnConfig turn) {

}
