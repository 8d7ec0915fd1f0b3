package io.github.cartesia4j.client.agents;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The telephone side of a call.
 *
 * @param to the number that was called
 * @param from the number that called
 * @param callSid the telephony provider's call id (newer API versions), if sent
 * @param connectionType how the call was connected (newer API versions), if sent
 * @author cartesia4j
 * @since 0.1.0
 */
public record TelephonyParams(@JsonProperty("to") @Nullable String to, @JsonProperty("from") @Nullable String from,
		@JsonProperty("call_sid") @Nullable String callSid,
		@JsonProperty("connection_type") @Nullable String connectionType) {

}
