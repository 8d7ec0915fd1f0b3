package io.github.cartesia4j.client.agents;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A phone number as listed inside an {@link AgentSummary}.
 *
 * @param id the phone number id
 * @param number the number in E.164 form, for example {@code +14155550123}
 * @author cartesia4j
 * @since 0.1.0
 */
public record PhoneNumberSummary(@JsonProperty("id") String id, @JsonProperty("number") String number) {

}
